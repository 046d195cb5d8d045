package org.neascn.framework.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.MissingExchangeRateException;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

class PipelineAnalyticsTest {

    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private static final ExchangeRates RATES = ExchangeRates.of(
            ExchangeRate.of("USD", "MNT", "3400", LocalDate.of(2021, 6, 30)),
            ExchangeRate.of("USD", "KRW", "1000", LocalDate.of(2021, 6, 30)));

    /** Four projects: 120M + 3.4bn MNT (1M) + 5bn KRW (5M) + one without a cost. */
    static List<Project> pipeline() {
        Project ub = PipelineSamples.ulaanbaatarWasteToEnergy().build(); // 120M USD, 10M secured
        Project ubBus = PipelineSamples.project("ub-e-bus", "ulaanbaatar", "MN", Stage.PRE_FEASIBILITY)
                .focusArea(PipelineSamples.INFRASTRUCTURE).focusArea(PipelineSamples.ENVIRONMENT)
                .totalCost(Money.of("3400000000", "MNT"))
                .challenge(new org.neascn.model.project.Challenge(
                        LocalizedText.of("en", "The tugrik exchange rate makes a dollar loan risky"), null))
                .build();
        Project seoul = PipelineSamples.project("seoul-sensors", "seoul", "KR", Stage.FEASIBILITY)
                .focusArea(PipelineSamples.CIVIC)
                .totalCost(Money.of("5000000000", "KRW"))
                .funding(new Funding(null, LocalizedText.of("ko", "서울시 예산"), Money.of("5000000000", "KRW"),
                        Instrument.GRANT, true))
                .financingStatus(FinancingStatus.FULLY_FUNDED)
                .challenge(new org.neascn.model.project.Challenge(LocalizedText.of("ko", "토지 보상 지연"), null))
                .build();
        Project vladivostok = PipelineSamples.project("vl-port", "vladivostok", "RU", Stage.SCOPING)
                .challenge(new org.neascn.model.project.Challenge(LocalizedText.of("en", "Sanctions deter lenders"),
                        "sanctions"))
                .challenge(new org.neascn.model.project.Challenge(LocalizedText.of("en", "Weather"), null))
                .build();
        return List.of(ub, ubBus, seoul, vladivostok);
    }

    @Test
    void totalsAndGapAreInTheReportingCurrencyThroughSuppliedRates() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), USD, RATES);

        assertEquals(new Tally(4, 3, Money.of("126000000", "USD"), Money.of("15000000", "USD"),
                Money.of("111000000", "USD")), s.total());
        assertEquals(2, s.ratesUsed().size());
    }

    @Test
    void tallyByStageCountryFocusAreaAndStatus() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), USD, RATES);

        assertEquals(2, s.byStage().get(Stage.FEASIBILITY).projects());
        assertEquals(Money.of("125000000", "USD"), s.byStage().get(Stage.FEASIBILITY).totalCost());
        assertEquals(Money.of("121000000", "USD"), s.byCountry().get(CountryCode.of("MN")).totalCost());
        assertEquals(Money.of("111000000", "USD"), s.byCountry().get(CountryCode.of("MN")).gap());
        assertEquals(1, s.byCountry().get(CountryCode.of("RU")).projects());
        assertEquals(0, s.byCountry().get(CountryCode.of("RU")).costed());
        assertEquals(2, s.byFocusArea().get(PipelineSamples.ENVIRONMENT).projects());
        assertEquals(Money.of("0", "USD"), s.byFinancingStatus().get(FinancingStatus.FULLY_FUNDED).gap());
    }

    @Test
    void projectWithoutCostIsAFindingNotASilentZero() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), USD, RATES);

        assertEquals("totalCost", s.findings().get(org.neascn.model.project.ProjectId.of("vl-port")).get(0).field());
    }

    @Test
    void mixedCurrenciesWithoutARateAreAnErrorNamingThePair() {
        ExchangeRates onlyMnt = ExchangeRates.of(ExchangeRate.of("USD", "MNT", "3400", LocalDate.of(2021, 6, 30)));

        MissingExchangeRateException e = assertThrows(MissingExchangeRateException.class,
                () -> PipelineAnalytics.summarise(pipeline(), USD, onlyMnt));

        assertEquals("project seoul-sensors totalCost: amounts in KRW and USD cannot be combined: "
                + "no KRW/USD exchange rate was supplied", e.getMessage());
    }

    @Test
    void challengesAreReportedByFrequencyCountryAndStage() {
        ChallengeReport r = ChallengeReport.of(pipeline(), ChallengeTaxonomy.standard());

        assertEquals(List.of("no-revenue-model", "currency-risk", "land-and-permits", "sanctions"),
                List.copyOf(r.frequency().keySet()));
        assertEquals(1, r.byCountry().get(CountryCode.of("KR")).get("land-and-permits"));
        assertEquals(1, r.byStage().get(Stage.PRE_FEASIBILITY).get("currency-risk"));
        assertEquals(2, r.count(FiledChallenge.How.FILED));
        assertEquals(2, r.count(FiledChallenge.How.CLASSIFIED_BY_KEYWORDS));
        assertEquals(1, r.count(FiledChallenge.How.UNCLASSIFIED));
    }

    @Test
    void unknownChallengeCategoryIsNotedAndClassifiedByKeywords() {
        Project p = PipelineSamples.project("x", "ulaanbaatar", "MN", Stage.SCOPING)
                .challenge(new org.neascn.model.project.Challenge(
                        LocalizedText.of("en", "The city cannot borrow without a sovereign guarantee"), "debt"))
                .build();

        ChallengeReport r = ChallengeReport.of(List.of(p), ChallengeTaxonomy.standard());

        assertEquals("limited-borrowing-power", r.challenges().get(0).category());
        assertTrue(r.notes().get(0).contains("'debt' is not in taxonomy financing-challenges"));
    }
}
