package org.neascn.framework.workflow.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.member.MemberId;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.shared.CountryCode;

/**
 * Screens against sanctions regimes held as data: an initiative with a member in a country a
 * regime covers is blocked unless it carries an exemption under that regime valid on the day
 * (UN Security Council resolution 2321 para. 32 lets financial support for the DPRK proceed
 * only when the 1718 Committee approves it case by case). A member whose country is not
 * known is blocked too: screening that cannot see a member cannot clear it.
 */
public final class RegimeSanctionsCheck implements SanctionsCheck {

    private final List<SanctionsRegime> regimes;
    private final Function<MemberId, Optional<CountryCode>> countryOf;
    private final LocalDate day;

    /**
     * @param countryOf the country of each member, as the member register knows it
     * @param day       the day the screening speaks for (exemptions expire)
     */
    public RegimeSanctionsCheck(List<SanctionsRegime> regimes, Function<MemberId, Optional<CountryCode>> countryOf,
            LocalDate day) {
        this.regimes = List.copyOf(regimes);
        this.countryOf = Objects.requireNonNull(countryOf, "countryOf");
        this.day = Objects.requireNonNull(day, "day");
    }

    @Override
    public Screening screen(Initiative initiative, InitiativeStatus toward) {
        for (MemberId member : initiative.members()) {
            Optional<CountryCode> country = countryOf.apply(member);
            if (country.isEmpty()) {
                return Screening.blocked("sanctions.member-country-unknown",
                        "the country of member " + member + " is not known, so it cannot be screened");
            }
            for (SanctionsRegime regime : regimes) {
                boolean exempt = initiative.sanctionsExemptions().stream()
                        .anyMatch(e -> e.regime().equals(regime.id()) && e.isValidOn(day));
                if (regime.covers(country.get()) && !exempt) {
                    return Screening.blocked(regime.id(), "member " + member + " is in " + country.get()
                            + ", covered by " + regime.name().originalText() + "; moving to " + toward
                            + " needs an exemption from " + regime.exemptionAuthority() + " valid on " + day);
                }
            }
        }
        return Screening.pass();
    }
}
