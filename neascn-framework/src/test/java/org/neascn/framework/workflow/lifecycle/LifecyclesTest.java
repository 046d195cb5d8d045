package org.neascn.framework.workflow.lifecycle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.approved;
import static org.neascn.framework.workflow.Plans.cleanAir;
import static org.neascn.framework.workflow.Plans.plan;
import static org.neascn.framework.workflow.Plans.pm25;
import static org.neascn.framework.workflow.Plans.seoul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;

class LifecyclesTest {

    private static Measurement entered() {
        return new Measurement(new BigDecimal("31"), LocalDate.parse("2021-03-01"), Measurement.MeasurementStatus.ENTERED, null);
    }

    @Test
    void aDraftWithEnteredMeasurementsIsANewRecord() {
        assertDoesNotThrow(() -> Lifecycles.requireFirstStates(plan(SEOUL, 1, ScapStatus.DRAFT,
                List.of(cleanAir(pm25(entered()))))));
    }

    @Test
    void aPlanCreatedPublishedNamesTheRuleAndTheCommands() {
        StatusByCommandException refused = assertThrows(StatusByCommandException.class,
                () -> Lifecycles.requireFirstStates(seoul(ScapStatus.PUBLISHED)));

        assertEquals("scap.create.first-state", refused.rule());
        assertEquals(WorkflowException.Refusal.UNPROCESSABLE, refused.refusal());
        assertEquals("status", refused.path());
        assertTrue(refused.commands().contains("plans/{id}/publish"), refused.commands());
    }

    @Test
    void aMeasurementCreatedApprovedIsRefusedAtItsPath() {
        StatusByCommandException refused = assertThrows(StatusByCommandException.class,
                () -> Lifecycles.requireFirstStates(plan(SEOUL, 1, ScapStatus.DRAFT,
                        List.of(cleanAir(pm25(entered(), approved("30", "2021-04-01")))))));

        assertEquals("measurement.create.first-state", refused.rule());
        assertEquals("targets[0].indicators[0].measurements[1].status", refused.path());
    }

    @Test
    void aReplaceThatMovesThePlanIsAConflict() {
        StatusByCommandException refused = assertThrows(StatusByCommandException.class,
                () -> Lifecycles.requireStatesKept(seoul(ScapStatus.SUBMITTED), seoul(ScapStatus.DRAFT)));

        assertEquals("scap.status.by-command", refused.rule());
        assertEquals(WorkflowException.Refusal.CONFLICT, refused.refusal());
        assertEquals("SUBMITTED", refused.state());
    }

    @Test
    void aReplaceThatKeepsEveryStateAndAddsAnEnteredMeasurementPasses() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25(approved("30", "2021-04-01")))));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25(approved("30", "2021-04-01"), entered()))));

        assertDoesNotThrow(() -> Lifecycles.requireStatesKept(before, after));
    }

    @Test
    void aReplaceThatApprovesAMeasurementIsAConflict() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25(entered()))));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25(approved("31", "2021-03-01")))));

        StatusByCommandException refused = assertThrows(StatusByCommandException.class,
                () -> Lifecycles.requireStatesKept(before, after));

        assertEquals("measurement.status.by-command", refused.rule());
    }

    @Test
    void recordsWithoutALifecycleHoldNoStates() {
        assertTrue(Lifecycles.statusFields("a member's profile").isEmpty());
    }
}
