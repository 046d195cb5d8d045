package org.neascn.framework.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.pipeline.PipelineSamples;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.StageWindow;
import org.neascn.model.financing.TicketSize;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

class FinancierMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 1);
    private static final ReferenceDataSet DATA = ReferenceData.standard();

    /** Members resolve to the country of their city, as the network's member register would. */
    private static final MemberCountries MEMBERS = MemberCountries.from(id -> switch (id.value()) {
        case "ulaanbaatar" -> CountryCode.of("MN");
        case "vladivostok" -> CountryCode.of("RU");
        case "pyongyang" -> CountryCode.of("KP");
        case "tokyo" -> CountryCode.of("JP");
        case "shanghai" -> CountryCode.of("CN");
        case "sao-paulo" -> CountryCode.of("BR");
        default -> null;
    });

    private static FinancierMatcher matcher(List<FinancierProfile> financiers) {
        return new FinancierMatcher(financiers, DATA.countryLists(),
                new SanctionsScreening(DATA.sanctionsRegimes(), MEMBERS));
    }

    private static MatchReport match(Project project) {
        return matcher(DATA.financiers()).match(project, ExchangeRates.none(), TODAY);
    }

    @Test
    void matchingAPipelineAtOnceGivesEachProjectTheReportItWouldGetAlone() {
        FinancierMatcher matcher = matcher(DATA.financiers());
        List<Project> pipeline = List.of(PipelineSamples.ulaanbaatarWasteToEnergy().build(),
                PipelineSamples.project("vl-port-heat", "vladivostok", "RU", Stage.FEASIBILITY).build(),
                PipelineSamples.project("py-district-heating", "pyongyang", "KP", Stage.FEASIBILITY).build(),
                PipelineSamples.project("tk-flood-sensors", "tokyo", "JP", Stage.SCOPING).build());

        List<MatchReport> reports = matcher.matchAll(pipeline, ExchangeRates.none(), TODAY).toList();

        assertEquals(pipeline.size(), reports.size());
        for (int i = 0; i < pipeline.size(); i++) {
            assertEquals(matcher.match(pipeline.get(i), ExchangeRates.none(), TODAY), reports.get(i));
        }
    }

    @Test
    void mongolianWasteToEnergyMatchesAdb() {
        MatchReport report = match(PipelineSamples.ulaanbaatarWasteToEnergy().build());

        FinancierAssessment adb = report.assessmentOf("adb").orElseThrow();
        assertEquals(Verdict.MATCH, adb.verdict());
        assertTrue(adb.reasons().contains("offers loan, which the project seeks"), adb.reasons().toString());
        assertTrue(report.matches().stream().anyMatch(a -> a.financierId().equals("adb")), report.matches().toString());
    }

    @Test
    void russianProjectDoesNotMatchAdbBecauseRussiaIsNotAMember() {
        Project vladivostok = PipelineSamples.project("vl-port-heat", "vladivostok", "RU", Stage.FEASIBILITY)
                .seeks(Instrument.LOAN).totalCost(Money.of("50000000", "USD")).build();

        FinancierAssessment adb = match(vladivostok).assessmentOf("adb").orElseThrow();

        assertEquals(Verdict.NEAR_MISS, adb.verdict());
        RuleCheck excluded = adb.exclusion().orElseThrow();
        assertEquals("country:adb-borrowing-member", excluded.rule());
        assertTrue(excluded.reason().startsWith("RU is not on the list"), excluded.reason());
        assertTrue(excluded.reason().contains("Russia and the DPRK are not ADB members"), excluded.reason());
    }

    @Test
    void japaneseCityProjectIsNotEligibleForOdaOnlyFacilities() {
        Project tokyo = PipelineSamples.project("tokyo-flood-barrier", "tokyo", "JP", Stage.PRE_FEASIBILITY)
                .focusArea(PipelineSamples.ENVIRONMENT).seeks(Instrument.TECHNICAL_ASSISTANCE).build();

        MatchReport report = match(tokyo);

        for (String odaOnly : List.of("gap-fund", "c40-cff", "edcf")) {
            FinancierAssessment a = report.assessmentOf(odaOnly).orElseThrow();
            assertTrue(a.verdict() == Verdict.NEAR_MISS || a.verdict() == Verdict.EXCLUDED, odaOnly);
            assertTrue(a.checks(RuleCheck.Outcome.FAILED).stream().anyMatch(c -> c.rule().equals("country:oda-recipient")
                    && c.reason().startsWith("JP is not on the list 'OECD DAC List of ODA Recipients'")), odaOnly);
        }
        assertTrue(report.matches().isEmpty());
    }

    @Test
    void countryOutsideAListsCoverageIsReportedAsNotKnown() {
        Project saoPaulo = PipelineSamples.project("sp-brt", "sao-paulo", "BR", Stage.FEASIBILITY)
                .seeks(Instrument.LOAN).build();

        FinancierAssessment adb = match(saoPaulo).assessmentOf("adb").orElseThrow();

        assertEquals(Verdict.POSSIBLE_MATCH, adb.verdict());
        RuleCheck country = adb.checks(RuleCheck.Outcome.NOT_KNOWN).get(0);
        assertTrue(country.reason().contains("does not record the standing of BR"), country.reason());
    }

    @Test
    void dprkProjectIsMatchedToNoOneWithoutAnExemption() {
        Project pyongyang = PipelineSamples.project("py-district-heating", "pyongyang", "KP", Stage.FEASIBILITY)
                .seeks(Instrument.GRANT).build();

        MatchReport report = match(pyongyang);

        assertTrue(report.isHeldBack());
        assertTrue(report.assessments().isEmpty());
        assertTrue(report.screening().summary().contains("kept out of financing and matchmaking"));
    }

    @Test
    void ticketSizeInAnotherCurrencyIsNotCheckedWithoutARate() {
        FinancierProfile usdLender = lender(Money.of("5000000", "USD"), Money.of("200000000", "USD"));
        Project inTugrik = PipelineSamples.ulaanbaatarWasteToEnergy().totalCost(Money.of("34500000000", "MNT"))
                .financingStatus(org.neascn.model.project.FinancingStatus.NOT_FUNDED_SEEKING_FULL).build();
        inTugrik = withoutFunding(inTugrik);

        FinancierAssessment a = matcher(List.of(usdLender)).match(inTugrik, ExchangeRates.none(), TODAY)
                .assessments().get(0);

        assertEquals(Verdict.POSSIBLE_MATCH, a.verdict());
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("no MNT/USD exchange rate was supplied")), a.reasons().toString());
    }

    @Test
    void ticketSizeInAnotherCurrencyIsCheckedThroughASuppliedDatedRate() {
        FinancierProfile usdLender = lender(Money.of("5000000", "USD"), Money.of("200000000", "USD"));
        Project inTugrik = withoutFunding(PipelineSamples.ulaanbaatarWasteToEnergy()
                .totalCost(Money.of("34500000000", "MNT")).build());
        ExchangeRates rates = ExchangeRates.of(ExchangeRate.of("USD", "MNT", "3450", LocalDate.of(2021, 5, 31)));

        FinancierAssessment a = matcher(List.of(usdLender)).match(inTugrik, rates, TODAY).assessments().get(0);

        assertEquals(Verdict.MATCH, a.verdict());
        String ticket = a.checks().stream().filter(c -> c.rule().equals("ticket-size")).findFirst().orElseThrow().reason();
        assertTrue(ticket.contains("10000000 USD at 1 USD = 3450 MNT as of 2021-05-31"), ticket);
    }

    @Test
    void projectBelowTheSmallestTicketIsANearMissOnTicketSize() {
        FinancierProfile usdLender = lender(Money.of("5000000", "USD"), null);
        Project small = PipelineSamples.ulaanbaatarWasteToEnergy().totalCost(Money.of("12000000", "USD")).build();

        FinancierAssessment a = matcher(List.of(usdLender)).match(small, ExchangeRates.none(), TODAY).assessments().get(0);

        assertEquals("ticket-size", a.exclusion().orElseThrow().rule());
        assertTrue(a.exclusion().orElseThrow().reason().contains("is below the smallest ticket of 5000000 USD"));
    }

    @Test
    void financierNamingAnUnknownCountryListIsRejected() {
        FinancierProfile broken = new FinancierProfile("broken", LocalizedText.of("en", "Broken"), null,
                LocalizedText.of("en", "x"), org.neascn.model.financing.FinancierType.IMPACT_INVESTOR,
                java.util.Set.of(Instrument.EQUITY), null, null, new StageWindow(Stage.SCOPING, Stage.IMPLEMENTATION),
                null, List.of(new org.neascn.model.financing.EligibilityRule("members",
                        org.neascn.model.financing.EligibilityRule.Condition.COUNTRY_IN_LIST, "no-such-list",
                        LocalizedText.of("en", "x"))));

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> matcher(List.of(broken)));
        assertEquals("financiers[broken].rules[members].countryList", e.field());
    }

    private static FinancierProfile lender(Money min, Money max) {
        return new FinancierProfile("usd-lender", LocalizedText.of("en", "USD lender"), null,
                LocalizedText.of("en", "Loans"), org.neascn.model.financing.FinancierType.COMMERCIAL_BANK,
                java.util.Set.of(Instrument.LOAN), null, null, new StageWindow(Stage.FEASIBILITY, Stage.IMPLEMENTATION),
                new TicketSize(min, max), List.of());
    }

    private static Project withoutFunding(Project p) {
        assertFalse(p.funding().isEmpty());
        return new Project(p.id(), p.network(), p.member(), p.plan(), p.title(), p.description(), p.focusAreas(),
                p.sdgTargets(), p.dacSector(), p.projectType(), p.location(), p.stage(), p.actualStart(), p.actualEnd(),
                p.totalCost(), new ArrayList<>(),
                org.neascn.model.project.FinancingStatus.NOT_FUNDED_SEEKING_FULL, p.instrumentsSought(),
                p.revenueModel(), p.implementingAgency(), p.participants(), p.documents(), p.challenges(),
                p.expectedOutcomes(), p.enablingFactors(), p.futurePlans(), p.emissionReductionTco2ePerYear(),
                p.sanctionsExemptions());
    }
}
