package org.neascn.framework.workflow.initiative;

import java.time.LocalDate;
import java.util.Objects;
import org.neascn.framework.sanctions.RegimeHit;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeStatus;

/**
 * The initiative workflow's gate onto the network's {@link SanctionsScreening}: an initiative
 * moves toward financing only when screening clears it or a valid exemption covers every
 * regime that applies (UN Security Council resolution 2321 para. 32 lets financial support for
 * the DPRK proceed only when the 1718 Committee approves it case by case). A member whose
 * country is not known blocks it too: screening that cannot see a member cannot clear it.
 */
public final class RegimeSanctionsCheck implements SanctionsCheck {

    /** The rule a block names when a member could not be screened. */
    public static final String MEMBER_COUNTRY_UNKNOWN = "sanctions.member-country-unknown";

    private final SanctionsScreening screening;
    private final LocalDate day;

    /** @param day the day the screening speaks for (exemptions expire) */
    public RegimeSanctionsCheck(SanctionsScreening screening, LocalDate day) {
        this.screening = Objects.requireNonNull(screening, "screening");
        this.day = Objects.requireNonNull(day, "day");
    }

    @Override
    public Screening screen(Initiative initiative, InitiativeStatus toward) {
        ScreeningResult result = screening.screen(initiative, day);
        if (result.allowsAutomaticMatching()) {
            return Screening.pass();
        }
        String reason = result.summary() + "; it cannot move to " + toward;
        if (result.status() == ScreeningResult.Status.UNRESOLVED) {
            return Screening.blocked(MEMBER_COUNTRY_UNKNOWN, reason);
        }
        RegimeHit blocking = result.hits().stream().filter(h -> !h.isExempted()).findFirst().orElseThrow();
        return Screening.blocked(blocking.regime().id(), reason);
    }
}
