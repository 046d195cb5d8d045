package org.neascn.framework.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.FinancierMatcher;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.model.project.Project;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;

class FinancingProspectsTest {

    private static final ReferenceDataSet DATA = ReferenceData.standard();
    private static final ExchangeRates RATES = ExchangeRates.of(
            ExchangeRate.of("USD", "MNT", "3450", SixCitySamples.today(), "Bank of Mongolia"),
            ExchangeRate.of("KRW", "USD", "0.00072", SixCitySamples.today(), "Bank of Korea"),
            ExchangeRate.of("USD", "CNY", "7.1", SixCitySamples.today(), "People's Bank of China"),
            ExchangeRate.of("USD", "JPY", "150", SixCitySamples.today(), "Bank of Japan"));

    private static final List<Project> PIPELINE = List.of(SixCitySamples.shanghaiHeatPumps(),
            SixCitySamples.tokyoFloodSensors(), SixCitySamples.busanParking(), SixCitySamples.pyongyangHeating(),
            SixCitySamples.vladivostokPort(), SixCitySamples.ulaanbaatarEHealth(), SixCitySamples.ulaanbaatarWasteToEnergy());

    private static ProspectsReport report() {
        FinancierMatcher matcher = new FinancierMatcher(DATA.financiers(), DATA.countryLists(),
                new SanctionsScreening(DATA.sanctionsRegimes(), SixCitySamples.MEMBERS));
        return FinancingProspects.report(PIPELINE, matcher, RATES, SixCitySamples.today(), SizeBands.standard(),
                FinancingProspects.BY_SDG_TARGET);
    }

    @Test
    void theNetworkTotalCountsHeldBackAndFundedProjectsApart() {
        ProspectFigures total = report().network().total();

        assertEquals(7, total.projects());
        assertEquals(1, total.heldBack(), "Pyongyang, under the UN DPRK regime");
        assertEquals(1, total.notSeeking(), "Shanghai, fully funded");
    }

    @Test
    void matchesAreCountedByGroupOfFinancierPublicAndPrivate() {
        ProspectFigures mongolia = report().byCountry().get("MN").total();

        assertEquals(2, mongolia.projects());
        assertEquals(2, mongolia.matched());
        assertTrue(mongolia.matches().get("BILATERAL") >= 2, mongolia.matches().toString());
        assertTrue(mongolia.matches().get("PROJECT_PREPARATION_FACILITY") >= 1, mongolia.matches().toString());
        assertEquals(0, mongolia.withPrivateMatch(), "no private financier is shipped");
        assertEquals(2, mongolia.withPublicMatch());
    }

    @Test
    void everyDimensionHasItsKinds() {
        ProspectBreakdown network = report().network();

        assertEquals(List.of("SCOPING", "FEASIBILITY", "IMPLEMENTATION"), List.copyOf(network.byStage().keySet()));
        assertEquals(4, network.byFocusArea().get("quality-environment").projects());
        assertEquals(1, network.byConcept().get("3.8").projects());
        assertEquals(1, network.byInstrument().get("TECHNICAL_ASSISTANCE").projects());
        assertEquals(6, network.byCountry().size());
        assertEquals(2, network.bySizeBand().get("1000000 to 10000000 USD").projects(), network.bySizeBand().keySet().toString());
        assertTrue(network.bySizeBand().containsKey("not known: no RUB/USD rate"), network.bySizeBand().keySet().toString());
    }

    @Test
    void theMostCommonExcludingRulesOfAKindAreNamedWithTheirCounts() {
        ProspectFigures japan = report().byCountry().get("JP").total();

        // Tokyo's sensors are at scoping, before most lending windows, and Japan receives no ODA.
        assertEquals(List.of("stage", "instrument", "country:oda-recipient"),
                japan.excludingRules().stream().limit(3).map(ProspectFigures.RuleCount::rule).toList());
        assertTrue(japan.excludingRules().get(0).count() >= japan.excludingRules().get(1).count());
    }

    @Test
    void securedSharesAreTakenProjectByProjectInTheirOwnCurrencies() {
        ProspectFigures korea = report().byCountry().get("KR").total();

        assertEquals(new java.math.BigDecimal("0.667"), korea.securedShare().orElseThrow());
        assertEquals(1, korea.securedShareOf());
    }

    @Test
    void theReportIsOneTableForASpreadsheet() {
        List<List<String>> rows = report().rows();

        assertEquals(List.of("scope", "dimension", "kind", "projects"), rows.get(0).subList(0, 4));
        assertEquals(List.of("network", "all", "all", "7"), rows.get(1).subList(0, 4));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("MN") && r.get(1).equals("instrument")
                && r.get(2).equals("TECHNICAL_ASSISTANCE")));
        assertTrue(rows.stream().allMatch(r -> r.size() == rows.get(0).size()));
        assertEquals(ProspectsReport.QUESTION, report().question());
        assertTrue(report().conceptsFrom().startsWith("SDG targets"));
    }
}
