package org.neascn.framework.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.OrganisationRef;

class ActorTest {

    @Test
    void memberEditorWithoutAMemberIsRejected() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new Actor(Actor.Role.MEMBER_EDITOR, "lee", null, null));

        assertEquals("member", refused.field());
    }

    @Test
    void secretariatBoundToAPartnerIsRejected() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new Actor(Actor.Role.SECRETARIAT, "kim", null, PartnerId.of("adb")));

        assertEquals("partner", refused.field());
    }

    @Test
    void memberEditorSpeaksForItsMember() {
        assertEquals(Optional.of(OrganisationRef.member("seoul")), Plans.SEOUL_EDITOR.organisation());
        assertTrue(Plans.SEOUL_EDITOR.speaksFor(OrganisationRef.member("seoul")));
        assertFalse(Plans.SEOUL_EDITOR.speaksFor(OrganisationRef.member("busan")));
    }

    @Test
    void publicSpeaksForNoOrganisation() {
        assertEquals(Optional.empty(), Actor.anonymous().organisation());
    }
}
