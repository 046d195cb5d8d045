package org.neascn.framework.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.pipeline.PipelineSamples;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

class RubricAssessorTest {

    private final RubricAssessor assessor = RubricAssessor.standard(ReferenceData.standard().countryLists());

    @Test
    void assessingAPipelineAtOnceGivesEachProjectTheAssessmentItWouldGetAlone() {
        List<Project> pipeline = List.of(PipelineSamples.ulaanbaatarWasteToEnergy().build(),
                PipelineSamples.project("vl-port-heat", "vladivostok", "RU", Stage.FEASIBILITY).build(),
                PipelineSamples.project("tk-flood-sensors", "tokyo", "JP", Stage.SCOPING).build());

        List<ReadinessAssessment> assessments = assessor.assessAll(pipeline, ExchangeRates.none()).toList();

        assertEquals(pipeline.stream().map(p -> assessor.assess(p, ExchangeRates.none())).toList(), assessments);
    }

    @Test
    void mongolianWasteToEnergyIsToldWhatItLacksForStructuring() {
        ReadinessAssessment a = assessor.assess(PipelineSamples.ulaanbaatarWasteToEnergy().build(), ExchangeRates.none());

        assertEquals(Stage.STRUCTURING, a.nextStage().orElseThrow());
        assertEquals(List.of("no revenue model and the implementing agency has no credit rating; the city records: "
                + "«Tipping fees do not cover operations»", "no environmental and social impact assessment recorded"),
                a.gaps());
        assertEquals(Stage.FEASIBILITY, a.level());
        assertTrue(a.supportsDeclaredStage());
    }

    @Test
    void scoreIsTheShareOfWeightMet() {
        ReadinessAssessment a = assessor.assess(PipelineSamples.ulaanbaatarWasteToEnergy().build(), ExchangeRates.none());

        // Met: concept 5, site 5, cost 10, plan 5, pre-feasibility 10, climate 10, co-benefits 5,
        // implementer 5, feasibility 15, financing sought 5, challenges 5 = 80 of 150.
        assertEquals(new BigDecimal("53.3"), a.score());
        assertEquals("Feasibility study completed 2020-06-01", a.result("feasibility").orElseThrow().explanation());
    }

    @Test
    void ratedImplementerCountsAsCreditworthinessUnderCcfla() {
        Project rated = PipelineSamples.ulaanbaatarWasteToEnergy()
                .implementingAgency(new org.neascn.model.project.ImplementingAgency(
                        LocalizedText.of("en", "Ulaanbaatar City"), "Moody's B3"))
                .build();

        ReadinessAssessment a = assessor.assess(rated, ExchangeRates.none());

        assertTrue(a.result("cash-flow-or-credit").orElseThrow().met());
        assertEquals(List.of("no environmental and social impact assessment recorded"), a.gaps());
    }

    @Test
    void declaredStageAboveTheEvidenceIsAContradiction() {
        Project claimed = PipelineSamples.project("claims-structuring", "ulaanbaatar", "MN", Stage.STRUCTURING).build();

        ReadinessAssessment a = assessor.assess(claimed, ExchangeRates.none());

        assertEquals(Stage.SCOPING, a.level());
        Finding stage = a.findings().stream().filter(f -> f.field().equals("stage")).findFirst().orElseThrow();
        assertEquals(Finding.Severity.CONTRADICTION, stage.severity());
        assertTrue(stage.message().startsWith("recorded as structuring, but the evidence supports only scoping"));
    }

    @Test
    void securedFundingAboveTotalCostIsAContradictionNamingTheField() {
        Project over = PipelineSamples.ulaanbaatarWasteToEnergy()
                .funding(new Funding(null, LocalizedText.of("en", "Ministry"), Money.of("200000000", "USD"), Instrument.GRANT, true))
                .build();

        List<Finding> findings = assessor.assess(over, ExchangeRates.none()).findings();

        assertTrue(findings.contains(new Finding(Finding.Severity.CONTRADICTION, "funding",
                "secured funding of 210000000 USD exceeds the total cost of 120000000 USD")), findings.toString());
    }

    @Test
    void fundingInAnotherCurrencyWithoutARateIsAFindingNotAGuess() {
        Project mixed = PipelineSamples.ulaanbaatarWasteToEnergy()
                .funding(new Funding(null, LocalizedText.of("en", "KOICA"), Money.of("1000000000", "KRW"), Instrument.GRANT, true))
                .build();

        List<Finding> findings = assessor.assess(mixed, ExchangeRates.none()).findings();

        assertTrue(findings.stream().anyMatch(f -> f.field().equals("funding[1].amount")
                && f.message().contains("no KRW/USD exchange rate was supplied")), findings.toString());
    }

    @Test
    void fundingInAnotherCurrencyIsComparedThroughASuppliedRate() {
        Project mixed = PipelineSamples.ulaanbaatarWasteToEnergy()
                .funding(new Funding(null, LocalizedText.of("en", "KOICA"), Money.of("1000000000", "KRW"), Instrument.GRANT, true))
                .build();
        ExchangeRates rates = ExchangeRates.of(ExchangeRate.of("USD", "KRW", "1100", LocalDate.of(2021, 5, 31)));

        assertTrue(assessor.assess(mixed, rates).findings().isEmpty());
    }

    @Test
    void missingTotalCostIsAFinding() {
        Project unknownCost = PipelineSamples.project("no-cost", "ulaanbaatar", "MN", Stage.SCOPING).build();

        List<Finding> findings = assessor.assess(unknownCost, ExchangeRates.none()).findings();

        assertEquals("totalCost", findings.get(0).field());
        assertEquals(Finding.Severity.MISSING, findings.get(0).severity());
    }

    @Test
    void fullyFundedWithoutSecuredFundingIsAContradiction() {
        Project p = PipelineSamples.project("claims-funded", "ulaanbaatar", "MN", Stage.SCOPING)
                .totalCost(Money.of("1000000", "USD")).financingStatus(FinancingStatus.FULLY_FUNDED).build();

        assertTrue(assessor.assess(p, ExchangeRates.none()).findings().stream()
                .anyMatch(f -> f.field().equals("financingStatus") && f.message().contains("fully funded")));
    }

    @Test
    void stageMovingBackIsAFinding() {
        Project before = PipelineSamples.ulaanbaatarWasteToEnergy().build();

        Finding f = ProjectFindings.stageChange(before, before.withStage(Stage.PRE_FEASIBILITY)).orElseThrow();

        assertEquals("moved back from feasibility to pre-feasibility; record why", f.message());
        assertFalse(ProjectFindings.stageChange(before, before.withStage(Stage.STRUCTURING)).isPresent());
    }

    @Test
    void networkRubricFileReplacesTheDefault() {
        String json = "{\"id\":\"asean-lite\",\"name\":{\"original\":\"en\",\"texts\":{\"en\":\"Lite\"}},"
                + "\"source\":\"ASCN\",\"criteria\":[{\"id\":\"study\",\"name\":{\"original\":\"en\",\"texts\":{\"en\":\"Study\"}},"
                + "\"source\":\"ASCN\",\"weight\":1,\"evidence\":\"DOCUMENT\",\"documents\":[\"FEASIBILITY_STUDY\"],"
                + "\"requiredFor\":\"FEASIBILITY\",\"gap\":{\"original\":\"en\",\"texts\":{\"en\":\"do the study\"}}}]}";
        Rubric lite = Rubric.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "lite.json");

        ReadinessAssessment a = new RubricAssessor(lite, List.of())
                .assess(PipelineSamples.ulaanbaatarWasteToEnergy().build(), ExchangeRates.none());

        assertEquals(new BigDecimal("100.0"), a.score());
        assertEquals(Stage.POST_IMPLEMENTATION, a.level());
    }

    @Test
    void rubricFileBreakingARuleNamesTheField() {
        String json = "{\"id\":\"bad\",\"name\":{\"original\":\"en\",\"texts\":{\"en\":\"Bad\"}},\"source\":\"x\","
                + "\"criteria\":[{\"id\":\"study\",\"name\":{\"original\":\"en\",\"texts\":{\"en\":\"Study\"}},"
                + "\"source\":\"x\",\"weight\":0,\"evidence\":\"TOTAL_COST\",\"gap\":{\"original\":\"en\",\"texts\":{\"en\":\"g\"}}}]}";

        RubricException e = assertThrows(RubricException.class,
                () -> Rubric.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json"));

        assertTrue(e.getMessage().startsWith("bad.json: field weight: must be positive"), e.getMessage());
    }
}
