package org.neascn.framework.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.framework.pipeline.SixCitySamples;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;

class BankablePathTest {

    private final RubricAssessor assessor = RubricAssessor.standard(ReferenceData.standard().countryLists(),
            ChallengeTaxonomy.standard());

    @Test
    void aScopingProjectIsToldWhatItLacksForEveryRungUpToBankable() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.ulaanbaatarEHealth(), ExchangeRates.none());

        assertEquals(Stage.SCOPING, a.level());
        assertEquals(Stage.TRANSACTION_PREPARATION, a.bankableAt());
        assertFalse(a.bankable());
        assertEquals(List.of(Stage.PRE_FEASIBILITY, Stage.FEASIBILITY, Stage.STRUCTURING, Stage.TRANSACTION_PREPARATION),
                a.toBankable().stream().map(RungGaps::stage).toList());
        assertTrue(a.toBankableSummary().startsWith("to reach pre-feasibility: no concept note or study recorded "
                + "(Төслийн танилцуулга is recorded as in progress)"), a.toBankableSummary());
        assertTrue(a.toBankableSummary().contains("; to reach structuring: "), a.toBankableSummary());
    }

    @Test
    void recordedChallengesReachTheGapsInTheCitysOwnWords() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.ulaanbaatarEHealth(), ExchangeRates.none());

        Gap revenue = a.gapsFor(Stage.STRUCTURING).stream().filter(g -> g.criterion().equals("cash-flow-or-credit"))
                .findFirst().orElseThrow();
        assertTrue(revenue.text().endsWith("the city records: «Орлого бүрдүүлэх загвар байхгүй»"), revenue.text());
        assertEquals("no revenue model", revenue.cityWords().get(0).texts().get("en"));
    }

    @Test
    void aChallengeAgainstACriterionTheEvidenceMeetsIsAFinding() {
        // The agency is named, so the implementer criterion is met; the city still records capacity gaps.
        ReadinessAssessment a = assessor.assess(SixCitySamples.ulaanbaatarEHealth(), ExchangeRates.none());

        assertTrue(a.result("implementer").orElseThrow().met());
        assertTrue(a.findings().stream().anyMatch(f -> f.field().equals("challenges[0]")
                && f.message().contains("(capacity-gaps) against criterion 'implementer'")), a.findings().toString());
    }

    @Test
    void aKeywordFiledKoreanChallengeIsQuotedToo() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.busanParking(), ExchangeRates.none());

        assertTrue(a.result("cash-flow-or-credit").orElseThrow().explanation()
                .endsWith("the city records: «주차 요금 수익 모델이 없음»"));
    }

    @Test
    void anUndatedStudyCountsAsDoneWithADateUnknownFinding() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.vladivostokPort(), ExchangeRates.none());

        assertTrue(a.result("feasibility").orElseThrow().met());
        assertEquals("ТЭО recorded, date unknown", a.result("feasibility").orElseThrow().explanation());
        assertTrue(a.findings().contains(new Finding(Finding.Severity.MISSING, "documents[0].completed",
                "date unknown: «ТЭО» counts as done; record when it was completed, or its status if it is not finished")));
    }

    @Test
    void anEClinicIsNotAskedForAnEmissionEstimate() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.ulaanbaatarEHealth(), ExchangeRates.none());

        CriterionResult climate = a.result("climate-benefit").orElseThrow();
        assertFalse(climate.applicable());
        assertTrue(climate.explanation().startsWith("not applied: the climate lens does not apply"), climate.explanation());
        assertTrue(a.toBankable().stream().flatMap(r -> r.gaps().stream()).noneMatch(g -> g.criterion().equals("climate-benefit")));
    }

    @Test
    void aClimateRelatedProjectIsAskedForItsEmissionEstimate() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.vladivostokPort(), ExchangeRates.none());

        assertTrue(a.lenses().get(0).applies());
        assertEquals("the project is filed under focus area quality-environment", a.lenses().get(0).because());
        assertTrue(a.gapsFor(Stage.FEASIBILITY).stream().anyMatch(g -> g.criterion().equals("climate-benefit")));
    }

    @Test
    void aClimateFinancierJudgesEvenAnEClinicThroughItsLens() {
        Project eHealth = SixCitySamples.ulaanbaatarEHealth();
        ReadinessAssessment a = assessor.assessFor(eHealth, ExchangeRates.none(),
                ReferenceData.standard().financier("gcf").orElseThrow());

        assertTrue(a.result("climate-benefit").orElseThrow().applicable());
        assertEquals("judged for Green Climate Fund, which applies the climate lens", a.lenses().get(0).because());
    }

    @Test
    void theShanghaiProjectWithItsStudiesIsStillShortOfBankable() {
        ReadinessAssessment a = assessor.assess(SixCitySamples.shanghaiHeatPumps(), ExchangeRates.none());

        assertEquals(Stage.SCOPING, a.level());
        assertTrue(a.findings().stream().anyMatch(f -> f.field().equals("stage")
                && f.severity() == Finding.Severity.CONTRADICTION));
    }
}
