package org.neascn.framework.workflow.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.BUSAN_EDITOR;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.seoul;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Measurement.MeasurementStatus;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;

class MeasurementWorkflowTest {

    private static final LocalDate END_2020 = LocalDate.parse("2020-12-31");
    private final MeasurementWorkflow workflow = new MeasurementWorkflow(Plans.CLOCK);

    private Scap entered() {
        return workflow.enter(SEOUL_EDITOR, seoul(ScapStatus.PUBLISHED), "clean-air", "pm25", new BigDecimal("24"),
                END_2020, "from the city's monitoring network").record();
    }

    private static Measurement first(Scap plan) {
        return plan.targets().get(0).indicators().get(0).measurements().get(0);
    }

    @Test
    void memberEditorEntersAMeasurementForReview() {
        Outcome<Scap> outcome = workflow.enter(SEOUL_EDITOR, seoul(ScapStatus.PUBLISHED), "clean-air", "pm25",
                new BigDecimal("24"), END_2020, null);

        assertEquals(MeasurementStatus.ENTERED, first(outcome.record()).status());
        assertEquals("targets[clean-air].indicators[pm25].measurements[0]",
                outcome.audit().get(0).changes().get(0).path());
    }

    @Test
    void secretariatApprovesAnEnteredMeasurement() {
        Scap approved = workflow.approve(SECRETARIAT, entered(), "clean-air", "pm25", 0).record();

        assertEquals(MeasurementStatus.APPROVED, first(approved).status());
        assertEquals(SECRETARIAT.principal(), first(approved).review().reviewer());
    }

    @Test
    void anApprovalIsStampedWithWhoWhenAndTheRemark() {
        Scap approved = workflow.approve(SECRETARIAT, entered(), "clean-air", "pm25", 0, "Matches the ministry's figure")
                .record();

        assertEquals(SECRETARIAT.principal(), first(approved).review().reviewer());
        assertEquals(Plans.CLOCK.instant(), first(approved).review().at());
        assertEquals("Matches the ministry's figure", first(approved).review().comment());
        assertEquals(first(entered()).note(), first(approved).note());
    }

    @Test
    void returnedMeasurementCarriesTheReasonAndCanBeCorrected() {
        Scap returned = workflow.returnMeasurement(SECRETARIAT, entered(), "clean-air", "pm25", 0,
                "Use the annual mean, not the winter mean").record();
        Scap corrected = workflow.correct(SEOUL_EDITOR, returned, "clean-air", "pm25", 0, new BigDecimal("22"), null)
                .record();

        assertEquals("Use the annual mean, not the winter mean", first(returned).review().comment());
        assertEquals(first(entered()).note(), first(returned).note());
        assertEquals(null, first(corrected).review());
        assertEquals(MeasurementStatus.ENTERED, first(corrected).status());
        assertEquals(new BigDecimal("22"), first(corrected).value());
    }

    @Test
    void memberEditorCannotApproveOwnMeasurement() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.approve(SEOUL_EDITOR, entered(), "clean-air", "pm25", 0));

        assertEquals("monitoring.review.secretariat-only", refused.rule());
    }

    @Test
    void anotherCitysEditorCannotEnterMeasurements() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.enter(BUSAN_EDITOR, seoul(ScapStatus.PUBLISHED), "clean-air", "pm25", BigDecimal.TEN,
                        END_2020, null));

        assertEquals("monitoring.enter.member-editors-only", refused.rule());
    }

    @Test
    void approvedMeasurementCannotBeReviewedAgain() {
        Scap approved = workflow.approve(SECRETARIAT, entered(), "clean-air", "pm25", 0).record();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.returnMeasurement(SECRETARIAT, approved, "clean-air", "pm25", 0, "late doubts"));

        assertEquals("monitoring.review.not-entered", refused.rule());
        assertEquals("APPROVED", refused.state());
    }

    @Test
    void measurementsNeedAPublishedPlan() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.enter(SEOUL_EDITOR, seoul(ScapStatus.DRAFT), "clean-air", "pm25", BigDecimal.TEN,
                        END_2020, null));

        assertEquals("monitoring.plan-not-published", refused.rule());
    }

    @Test
    void futureMeasurementIsRefused() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.enter(SEOUL_EDITOR, seoul(ScapStatus.PUBLISHED), "clean-air", "pm25", BigDecimal.TEN,
                        LocalDate.parse("2030-01-01"), null));

        assertEquals("monitoring.measurement.future-date", refused.rule());
    }

    @Test
    void unknownIndicatorIsNamed() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.enter(SEOUL_EDITOR, seoul(ScapStatus.PUBLISHED), "clean-air", "no2", BigDecimal.TEN,
                        END_2020, null));

        assertEquals("monitoring.indicator.unknown", refused.rule());
    }
}
