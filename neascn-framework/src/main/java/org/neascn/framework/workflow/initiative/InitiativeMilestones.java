package org.neascn.framework.workflow.initiative;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.Milestone;

/**
 * The dated steps of an initiative. The secretariat or the lead plans a milestone, and later
 * records whether it was reached, missed or dropped; a settled milestone stays as recorded,
 * because a missed date rewritten as reached would erase what the network learnt. A
 * milestone is addressed by its position, which never changes since milestones are only added.
 */
public final class InitiativeMilestones {

    private final Clock clock;

    public InitiativeMilestones(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<Initiative> plan(Actor actor, Initiative initiative, Milestone milestone) {
        Initiatives.requireSteward(actor, initiative, "plan-milestone");
        Initiatives.requireOpen(initiative, "plan-milestone");
        if (milestone.status() != Milestone.Status.PLANNED) {
            throw WorkflowException.unprocessable("initiative.plan-milestone.starts-planned", initiative.status(),
                    "a new milestone is planned, not " + milestone.status());
        }
        List<Milestone> milestones = new ArrayList<>(initiative.milestones());
        milestones.add(milestone);
        return save(actor, initiative, milestones, "initiative.plan-milestone",
                "Planned milestone '" + milestone.title().originalText() + "' for " + milestone.due());
    }

    /** Records how a planned milestone turned out: reached, missed or dropped. */
    public Outcome<Initiative> settle(Actor actor, Initiative initiative, int index, Milestone.Status outcome) {
        Initiatives.requireSteward(actor, initiative, "settle-milestone");
        Initiatives.requireOpen(initiative, "settle-milestone");
        if (index < 0 || index >= initiative.milestones().size()) {
            throw WorkflowException.unprocessable("initiative.settle-milestone.unknown", initiative.status(),
                    "initiative " + initiative.id() + " has no milestone number " + index);
        }
        Milestone old = initiative.milestones().get(index);
        if (old.status() != Milestone.Status.PLANNED) {
            throw WorkflowException.conflict("initiative.settle-milestone.settled", initiative.status(),
                    "milestone '" + old.title().originalText() + "' was already recorded as " + old.status());
        }
        if (outcome == Milestone.Status.PLANNED) {
            throw WorkflowException.unprocessable("initiative.settle-milestone.needs-outcome", initiative.status(),
                    "settling a milestone records it as reached, missed or dropped");
        }
        List<Milestone> milestones = new ArrayList<>(initiative.milestones());
        milestones.set(index, new Milestone(old.title(), old.due(), outcome));
        return save(actor, initiative, milestones, "initiative.settle-milestone", "Milestone '"
                + old.title().originalText() + "' " + outcome.name().toLowerCase(Locale.ROOT));
    }

    private Outcome<Initiative> save(Actor actor, Initiative initiative, List<Milestone> milestones, String action,
            String summary) {
        Initiative updated = Initiatives.withMilestones(initiative, milestones);
        return Outcome.of(updated, Initiatives.entry(clock, actor, action, updated,
                summary + " (initiative '" + initiative.title().originalText() + "')")
                .withChanges(RecordDiff.between(initiative, updated)));
    }
}
