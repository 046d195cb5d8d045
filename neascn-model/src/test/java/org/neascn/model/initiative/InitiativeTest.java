package org.neascn.model.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.model.Samples;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.InvalidValueException;

class InitiativeTest {

    private static Initiative with(Set<MemberId> members, MemberId lead, InitiativeStatus status) {
        Initiative i = Samples.cleanAirInitiative();
        return new Initiative(i.id(), i.network(), i.title(), i.theme(), lead, members, i.partners(), i.targets(),
                i.projects(), i.milestones(), status, null, i.sanctionsExemptions());
    }

    @Test
    void anInitiativeOfOneMemberIsRejected() {
        MemberId ub = MemberId.of("ulaanbaatar");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> with(Set.of(ub), ub, InitiativeStatus.PROPOSED));
        assertEquals("members", e.field());
        assertTrue(e.rule().contains("at least two members"));
    }

    @Test
    void theLeadIsAParticipant() {
        assertEquals("lead", assertThrows(InvalidValueException.class, () -> with(
                Set.of(MemberId.of("seoul"), MemberId.of("busan")), MemberId.of("ulaanbaatar"),
                InitiativeStatus.PROPOSED)).field());
    }

    @Test
    void aSuspendedInitiativeSaysWhy() {
        assertEquals("statusReason", assertThrows(InvalidValueException.class, () -> with(
                Set.of(MemberId.of("seoul"), MemberId.of("busan")), MemberId.of("seoul"),
                InitiativeStatus.SUSPENDED)).field());
    }

    @Test
    void aFocusAreaThemeNeedsItsCode() {
        assertEquals("code", assertThrows(InvalidValueException.class,
                () -> new Theme(Theme.Kind.FOCUS_AREA, null, Samples.cleanAirInitiative().title())).field());
    }
}
