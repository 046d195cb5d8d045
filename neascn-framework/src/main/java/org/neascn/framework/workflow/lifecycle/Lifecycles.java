package org.neascn.framework.workflow.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.workflow.WorkflowException.Refusal;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.StrategicTarget;

/**
 * The door of plain writes: a record is created with every lifecycle in its first state, and
 * replaced with every state it had kept as it was. States move only through the workflows
 * ({@code ScapWorkflow}, {@code MeasurementWorkflow}, {@code InitiativeWorkflow},
 * {@code InitiativeMilestones}, {@code MeetingMinutes}, {@code FrameworkVersions}), which
 * check who may move them and when; a status field written by hand would skip those checks.
 *
 * <p>Items a replace adds (a new milestone) start in their first state like a create; items it
 * removes take their state with them. Items are matched by position: a replace that reorders
 * items with different states is refused, which errs on the side of the workflow.
 */
public final class Lifecycles {

    private Lifecycles() {
    }

    /** Refuses a new record that starts any lifecycle past its first state (422). */
    public static void requireFirstStates(Object created) {
        for (StatusField field : statusFields(created).values()) {
            requireFirst(field);
        }
    }

    /** Refuses a replace that changes any state the record holds (409), or adds an item past its first state (422). */
    public static void requireStatesKept(Object before, Object after) {
        Map<String, StatusField> kept = statusFields(before);
        for (StatusField field : statusFields(after).values()) {
            StatusField was = kept.get(field.path());
            if (was == null) {
                requireFirst(field);
            } else if (!was.sameAs(field)) {
                throw new StatusByCommandException(Refusal.CONFLICT, was, "'" + field.path() + "' is " + was.state()
                        + (was.state().equals(field.state()) ? " with what its workflow recorded" : "")
                        + " and changes only through its workflow, not by replacing the record: use "
                        + field.lifecycle().commands());
            }
        }
    }

    /** The lifecycle states a record holds, by path; none for records without a lifecycle. */
    public static Map<String, StatusField> statusFields(Object record) {
        List<StatusField> fields = new ArrayList<>();
        if (record instanceof Scap plan) {
            fields.add(new StatusField("status", Lifecycle.SCAP, plan.status().name(), null));
            measurements(plan, fields);
        } else if (record instanceof Initiative initiative) {
            fields.add(new StatusField("status", Lifecycle.INITIATIVE, initiative.status().name(),
                    initiative.statusReason()));
            for (int i = 0; i < initiative.milestones().size(); i++) {
                fields.add(new StatusField("milestones[" + i + "].status", Lifecycle.MILESTONE,
                        initiative.milestones().get(i).status().name(), null));
            }
        } else if (record instanceof Meeting meeting) {
            for (int i = 0; i < meeting.actionItems().size(); i++) {
                ActionItem item = meeting.actionItems().get(i);
                fields.add(new StatusField("actionItems[" + i + "].status", Lifecycle.ACTION_ITEM, item.status().name(),
                        null));
            }
        } else if (record instanceof FrameworkVersion version) {
            fields.add(new StatusField("status", Lifecycle.FRAMEWORK_VERSION, version.status().name(), version.adopted()));
        }
        Map<String, StatusField> byPath = new LinkedHashMap<>();
        fields.forEach(f -> byPath.put(f.path(), f));
        return byPath;
    }

    private static void measurements(Scap plan, List<StatusField> fields) {
        for (int t = 0; t < plan.targets().size(); t++) {
            StrategicTarget target = plan.targets().get(t);
            for (int i = 0; i < target.indicators().size(); i++) {
                Indicator indicator = target.indicators().get(i);
                for (int m = 0; m < indicator.measurements().size(); m++) {
                    Measurement measurement = indicator.measurements().get(m);
                    fields.add(new StatusField("targets[" + t + "].indicators[" + i + "].measurements[" + m + "].status",
                            Lifecycle.MEASUREMENT, measurement.status().name(), measurement.review()));
                }
            }
        }
    }

    private static void requireFirst(StatusField field) {
        if (!field.state().equals(field.lifecycle().first()) || field.details() != null) {
            String found = field.state().equals(field.lifecycle().first())
                    ? "not with what only its workflow records (a review, a reason, a date)" : "not " + field.state();
            throw new StatusByCommandException(Refusal.UNPROCESSABLE, field, "'" + field.path() + "' starts as "
                    + field.lifecycle().first() + ", " + found + "; it moves on only through its workflow: "
                    + field.lifecycle().commands());
        }
    }
}
