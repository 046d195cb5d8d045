package org.neascn.framework.workflow.scap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.BUSAN;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.cleanAir;
import static org.neascn.framework.workflow.Plans.plan;
import static org.neascn.framework.workflow.Plans.pm25;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.Change;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;

class PlanDiffTest {

    @Test
    void versionsDifferOnlyInWhatTheCityChanged() {
        Scap first = Plans.seoul(ScapStatus.SUPERSEDED);
        Scap second = plan(SEOUL, 2, ScapStatus.PUBLISHED, List.of(cleanAir(pm25())));

        assertEquals(List.of("targets[connected]"), PlanDiff.between(first, second).stream().map(Change::path)
                .toList());
    }

    @Test
    void plansOfDifferentMembersAreNotVersionsOfOnePlan() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> PlanDiff.between(
                Plans.seoul(ScapStatus.PUBLISHED), plan(BUSAN, 1, ScapStatus.PUBLISHED, List.of())));

        assertEquals("scap.diff.different-plans", refused.rule());
    }
}
