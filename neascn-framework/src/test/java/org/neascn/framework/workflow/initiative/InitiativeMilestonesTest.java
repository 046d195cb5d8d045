package org.neascn.framework.workflow.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.BUSAN_EDITOR;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.en;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Milestone;

class InitiativeMilestonesTest {

    private final InitiativeMilestones milestones = new InitiativeMilestones(Plans.CLOCK);
    private final Milestone conceptNote =
            new Milestone(en("Concept note to ADB"), LocalDate.parse("2021-09-30"), Milestone.Status.PLANNED);

    private Initiative planned() {
        return milestones.plan(SEOUL_EDITOR, InitiativeWorkflowTest.cleanAir(InitiativeStatus.IN_PREPARATION),
                conceptNote).record();
    }

    @Test
    void leadPlansAMilestone() {
        assertEquals(1, planned().milestones().size());
    }

    @Test
    void participantThatDoesNotLeadCannotPlan() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> milestones.plan(BUSAN_EDITOR,
                InitiativeWorkflowTest.cleanAir(InitiativeStatus.IN_PREPARATION), conceptNote));

        assertEquals("initiative.plan-milestone.lead-or-secretariat", refused.rule());
    }

    @Test
    void reachedMilestoneIsRecorded() {
        Initiative settled = milestones.settle(SEOUL_EDITOR, planned(), 0, Milestone.Status.REACHED).record();

        assertEquals(Milestone.Status.REACHED, settled.milestones().get(0).status());
    }

    @Test
    void missedMilestoneIsNotRewrittenAsReached() {
        Initiative missed = milestones.settle(SEOUL_EDITOR, planned(), 0, Milestone.Status.MISSED).record();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> milestones.settle(SEOUL_EDITOR, missed, 0, Milestone.Status.REACHED));

        assertEquals("initiative.settle-milestone.settled", refused.rule());
    }
}
