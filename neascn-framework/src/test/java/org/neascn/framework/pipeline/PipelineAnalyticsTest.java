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
            ExchangeRate.of("USD", "MNT", "3400", LocalDate.of(2021, 6, 30), "Bank of Mongolia"),
            ExchangeRate.of("USD", "KRW", "1000", LocalDate.of(2021, 6, 30), "Bank of Korea"));

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
                Money.of("111000000", "USD")), s.total().converted().orElseThrow());
        assertEquals(2, s.ratesUsed().size());
        assertEquals("Bank of Mongolia", s.ratesUsed().get(0).source().orElseThrow());
    }

    @Test
    void withoutAReportingCurrencyEachCurrencyIsTotalledOnItsOwnAndNoRateIsNeeded() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), java.util.Optional.empty(), ExchangeRates.none());

        assertTrue(s.total().converted().isEmpty());
        assertEquals(3, s.total().costed());
        assertEquals(new CurrencyTotals(CurrencyCode.of("KRW"), 1, Money.of("5000000000", "KRW"),
                Money.of("5000000000", "KRW"), Money.of("0", "KRW"), 0), s.total().byCurrency().get(CurrencyCode.of("KRW")));
        assertEquals(Money.of("110000000", "USD"), s.total().byCurrency().get(USD).gap());
        assertEquals(List.of(CurrencyCode.of("KRW"), CurrencyCode.of("MNT"), USD),
                List.copyOf(s.total().byCurrency().keySet()));
    }

    @Test
    void totalsPerMemberInEachOriginalCurrency() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), java.util.Optional.empty(), ExchangeRates.none());

        PipelineGroup ulaanbaatar = s.byMember().get(org.neascn.model.member.MemberId.of("ulaanbaatar"));
        assertEquals(2, ulaanbaatar.projects());
        assertEquals(Money.of("3400000000", "MNT"), ulaanbaatar.byCurrency().get(CurrencyCode.of("MNT")).totalCost());
        assertEquals(Money.of("120000000", "USD"), ulaanbaatar.byCurrency().get(USD).totalCost());
        assertEquals(0, s.byMember().get(org.neascn.model.member.MemberId.of("vladivostok")).costed());
    }

    @Test
    void securedFundingInAnotherCurrencyWithoutARateIsCountedAsNotNetted() {
        Project mixed = PipelineSamples.ulaanbaatarWasteToEnergy()
                .funding(new Funding(null, LocalizedText.of("ko", "KOICA"), Money.of("1000000000", "KRW"),
                        Instrument.GRANT, true)).build();

        CurrencyTotals usd = PipelineAnalytics.summarise(List.of(mixed), java.util.Optional.empty(), ExchangeRates.none())
                .total().byCurrency().get(USD);

        assertEquals(1, usd.notNetted());
        assertEquals(Money.of("0", "USD"), usd.gap());
    }

    @Test
    void aConvertedTotalRefusesARateWithoutASource() {
        ExchangeRates unsourced = ExchangeRates.of(ExchangeRate.of("USD", "MNT", "3400", LocalDate.of(2021, 6, 30)),
                ExchangeRate.of("USD", "KRW", "1000", LocalDate.of(2021, 6, 30), "Bank of Korea"));

        org.neascn.model.shared.InvalidValueException e = assertThrows(org.neascn.model.shared.InvalidValueException.class,
                () -> PipelineAnalytics.summarise(pipeline(), USD, unsourced));

        assertEquals("rate", e.field());
        assertTrue(e.getMessage().contains("USD/MNT rate of 2021-06-30 names no source"), e.getMessage());
    }

    @Test
    void aFilterKeepsTheProjectsOfTheMembersStagesAndStatusesNamed() {
        PipelineFilter filter = new PipelineFilter(java.util.Set.of(org.neascn.model.member.MemberId.of("ulaanbaatar")),
                java.util.Set.of(), java.util.Set.of(Stage.PRE_FEASIBILITY, Stage.FEASIBILITY),
                java.util.Set.of(PipelineSamples.ENVIRONMENT), java.util.Set.of());

        assertEquals(List.of("ub-waste-to-energy", "ub-e-bus"),
                pipeline().stream().filter(filter).map(p -> p.id().value()).toList());
        assertEquals(4, pipeline().stream().filter(PipelineFilter.ALL).count());
    }

    @Test
    void tallyByStageCountryFocusAreaAndStatus() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), USD, RATES);

        assertEquals(2, s.byStage().get(Stage.FEASIBILITY).projects());
        assertEquals(Money.of("125000000", "USD"), s.byStage().get(Stage.FEASIBILITY).converted().orElseThrow().totalCost());
        assertEquals(Money.of("121000000", "USD"), s.byCountry().get(CountryCode.of("MN")).converted().orElseThrow().totalCost());
        assertEquals(Money.of("111000000", "USD"), s.byCountry().get(CountryCode.of("MN")).converted().orElseThrow().gap());
        assertEquals(1, s.byCountry().get(CountryCode.of("RU")).projects());
        assertEquals(0, s.byCountry().get(CountryCode.of("RU")).costed());
        assertEquals(2, s.byFocusArea().get(PipelineSamples.ENVIRONMENT).projects());
        assertEquals(Money.of("0", "USD"), s.byFinancingStatus().get(FinancingStatus.FULLY_FUNDED).converted().orElseThrow().gap());
    }

    @Test
    void projectWithoutCostIsAFindingNotASilentZero() {
        PipelineSummary s = PipelineAnalytics.summarise(pipeline(), USD, RATES);

        assertEquals("totalCost", s.findings().get(org.neascn.model.project.ProjectId.of("vl-port")).get(0).field());
    }

    @Test
    void mixedCurrenciesWithoutARateAreAnErrorNamingThePair() {
        ExchangeRates onlyMnt = ExchangeRates.of(ExchangeRate.of("USD", "MNT", "3400", LocalDate.of(2021, 6, 30), "Bank of Mongolia"));

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
