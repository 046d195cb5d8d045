package org.neascn.framework.workflow.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.workflow.Plans;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.member.MemberId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.shared.CountryCode;

class RegimeSanctionsCheckTest {

    private static final MemberId PYONGYANG = MemberId.of("pyongyang");
    private static final LocalDate DAY = LocalDate.parse("2021-06-01");
    private static final List<SanctionsRegime> REGIMES = ReferenceData.standard().sanctionsRegimes();
    private static final Map<MemberId, CountryCode> COUNTRIES = Map.of(
            SEOUL, CountryCode.of("KR"), PYONGYANG, CountryCode.of("KP"), Plans.BUSAN, CountryCode.of("KR"));

    private final RegimeSanctionsCheck check = new RegimeSanctionsCheck(
            new SanctionsScreening(REGIMES, MemberCountries.from(COUNTRIES::get)), DAY);

    private static Initiative with(Set<MemberId> members, List<SanctionsExemption> exemptions) {
        return new Initiative(InitiativeId.of("tumen"), Plans.NEASCN, en("Tumen river water"),
                InitiativeWorkflowTest.CLEAN_AIR, SEOUL, members, List.of(), List.of(), List.of(), List.of(),
                InitiativeStatus.IN_PREPARATION, null, exemptions);
    }

    @Test
    void initiativeWithADprkMemberIsBlockedUnderTheUnRegime() {
        Screening screening = check.screen(with(Set.of(SEOUL, PYONGYANG), List.of()),
                InitiativeStatus.SEEKING_FINANCING);

        assertFalse(screening.passed());
        assertEquals("un-dprk", screening.rule());
    }

    @Test
    void validExemptionLetsItProceed() {
        SanctionsExemption exemption = new SanctionsExemption("un-dprk", "1718/EXEMPT/2021/7", "1718 Committee",
                LocalDate.parse("2021-05-01"), LocalDate.parse("2021-12-31"));

        assertTrue(check.screen(with(Set.of(SEOUL, PYONGYANG), List.of(exemption)),
                InitiativeStatus.SEEKING_FINANCING).passed());
    }

    @Test
    void expiredExemptionDoesNot() {
        SanctionsExemption expired = new SanctionsExemption("un-dprk", "1718/EXEMPT/2020/2", "1718 Committee",
                LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"));

        assertFalse(check.screen(with(Set.of(SEOUL, PYONGYANG), List.of(expired)),
                InitiativeStatus.SEEKING_FINANCING).passed());
    }

    @Test
    void initiativeOfUncoveredCountriesPasses() {
        assertTrue(check.screen(with(Set.of(SEOUL, Plans.BUSAN), List.of()), InitiativeStatus.IN_IMPLEMENTATION)
                .passed());
    }

    @Test
    void memberOfUnknownCountryIsBlocked() {
        Screening screening = check.screen(with(Set.of(SEOUL, MemberId.of("atlantis")), List.of()),
                InitiativeStatus.SEEKING_FINANCING);

        assertEquals(RegimeSanctionsCheck.MEMBER_COUNTRY_UNKNOWN, screening.rule());
    }
}
