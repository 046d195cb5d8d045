package org.neascn.framework.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.pipeline.SixCitySamples;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.financing.StageWindow;
import org.neascn.model.financing.TicketSize;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

class FundingAwareMatchingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ReferenceDataSet DATA = ReferenceData.standard();
    private static final ExchangeRates KRW_USD = ExchangeRates.of(
            ExchangeRate.of("KRW", "USD", "0.00072", TODAY, "Bank of Korea"));

    private static FinancierMatcher matcher(List<FinancierProfile> financiers) {
        return new FinancierMatcher(financiers, DATA.countryLists(),
                new SanctionsScreening(DATA.sanctionsRegimes(), SixCitySamples.MEMBERS));
    }

    /** A lender whose smallest ticket is 10 million US dollars. */
    private static FinancierProfile usdLender(String min) {
        return new FinancierProfile("usd-lender", LocalizedText.of("en", "USD lender"), null,
                LocalizedText.of("en", "Loans"), FinancierType.COMMERCIAL_BANK, java.util.Set.of(Instrument.LOAN),
                java.util.Set.of(), java.util.Set.of(), new StageWindow(Stage.SCOPING, Stage.IMPLEMENTATION),
                new TicketSize(Money.of(min, "USD"), null), List.of());
    }

    @Test
    void aFullyFundedProjectIsOfferedNoFinancierAndTheAnswerSaysWhy() {
        MatchReport report = matcher(DATA.financiers()).match(SixCitySamples.shanghaiHeatPumps(), ExchangeRates.none(), TODAY);

        assertTrue(report.assessments().isEmpty());
        assertTrue(report.isNotSeeking());
        assertFalse(report.isHeldBack());
        assertTrue(report.need().explanation().startsWith("the project is recorded as fully funded (800000000 CNY "
                + "secured of 800000000 CNY), so no financier is proposed"), report.need().explanation());
    }

    @Test
    void aPartlyFundedProjectIsJudgedOnItsRemainingGapInTheFinanciersCurrency() {
        // 30 bn KRW cost less 20 bn secured = 10 bn KRW = 7.2 m USD, below a 10 m USD ticket;
        // the total cost (21.6 m USD) would have passed.
        MatchReport report = matcher(List.of(usdLender("10000000"))).match(SixCitySamples.busanParking(), KRW_USD, TODAY);

        FinancierAssessment lender = report.assessmentOf("usd-lender").orElseThrow();
        assertEquals(Verdict.NEAR_MISS, lender.verdict());
        assertEquals("ticket-size", lender.exclusion().orElseThrow().rule());
        assertTrue(lender.exclusion().orElseThrow().reason().startsWith("the remaining gap of 10000000000 KRW (cost "
                + "30000000000 KRW less 20000000000 KRW secured) (7200000 USD at 1 KRW = 0.00072 USD as of 2026-11-30 "
                + "(Bank of Korea)) is below the smallest ticket of 10000000 USD"), lender.exclusion().get().reason());
        assertEquals(Money.of("10000000000", "KRW"), report.need().gap().orElseThrow());
        assertTrue(report.need().seeking());
    }

    @Test
    void aGapWithinTheTicketMatches() {
        MatchReport report = matcher(List.of(usdLender("5000000"))).match(SixCitySamples.busanParking(), KRW_USD, TODAY);

        assertEquals(Verdict.MATCH, report.assessmentOf("usd-lender").orElseThrow().verdict());
    }

    @Test
    void securedFundingThatCoversTheCostLeavesNothingToFinanceWhateverTheStatusSays() {
        Project covered = org.neascn.framework.pipeline.PipelineSamples.ulaanbaatarWasteToEnergy()
                .funding(new org.neascn.model.project.Funding(null, LocalizedText.of("mn", "Засгийн газар"),
                        Money.of("110000000", "USD"), Instrument.GRANT, true)).build();

        MatchReport report = matcher(DATA.financiers()).match(covered, ExchangeRates.none(), TODAY);

        assertTrue(report.isNotSeeking());
        assertTrue(report.need().explanation().contains("covers the total cost of 120000000 USD"), report.need().explanation());
    }

    @Test
    void anExcludedFinancierNamesEveryRuleThatFailed() {
        // Tokyo, Japan: not an ADB borrowing member, and scoping is before ADB's lending window.
        MatchReport report = matcher(DATA.financiers()).match(SixCitySamples.tokyoFloodSensors(), ExchangeRates.none(), TODAY);

        FinancierAssessment adb = report.assessmentOf("adb").orElseThrow();
        assertEquals(Verdict.EXCLUDED, adb.verdict());
        assertEquals(List.of("country:adb-borrowing-member", "stage"), adb.exclusions().stream().map(RuleCheck::rule).toList());
        assertEquals(List.of("country:adb-borrowing-member", "stage"), adb.failedRules());
        assertTrue(adb.exclusion().isEmpty(), "only a near miss has the one excluding rule");
    }

    @Test
    void theMongolianEHealthProjectSeekingTechnicalAssistanceHasARoute() {
        MatchReport report = matcher(DATA.financiers()).match(SixCitySamples.ulaanbaatarEHealth(), ExchangeRates.none(), TODAY);

        List<String> matched = report.matches().stream().map(FinancierAssessment::financierId).toList();
        assertTrue(matched.containsAll(List.of("adb-ta", "cdia", "jica", "koica")), matched.toString());
        assertFalse(matched.contains("gap-fund"), "a climate-only facility does not fund e-health");
    }

    @Test
    void theShippedCatalogueHasAtLeastTwelveProfilesEachFactSourced() {
        assertTrue(DATA.financiers().size() >= 12, "financiers: " + DATA.financiers().size());
        for (FinancierProfile f : DATA.financiers()) {
            assertEquals(List.of(), f.unsourcedFacts(), f.id());
        }
        assertTrue(DATA.financiers().stream().anyMatch(f -> f.type() == FinancierType.CLIMATE_FUND));
        assertTrue(DATA.financiers().stream().filter(f -> f.instruments().equals(java.util.Set.of(Instrument.TECHNICAL_ASSISTANCE)))
                .count() >= 3, "technical-assistance offers are profiles of their own");
    }
}
