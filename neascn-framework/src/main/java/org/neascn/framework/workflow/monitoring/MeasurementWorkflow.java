package org.neascn.framework.workflow.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Review;
import org.neascn.model.scap.Measurement.MeasurementStatus;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;

/**
 * The indicator-update flow: the member's editors enter a measurement, the secretariat
 * approves it or returns it with a reason, and a returned measurement is corrected and
 * entered again. Only approved measurements count towards progress.
 *
 * <p>Measurements are recorded against the published plan: the plan's content (vision,
 * targets, baselines) stays read-only, but monitoring it is what publication is for. A
 * measurement is addressed by its position in the indicator's list, which never changes
 * because measurements are only ever added.
 */
public final class MeasurementWorkflow {

    private final Clock clock;

    public MeasurementWorkflow(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<Scap> enter(Actor actor, Scap plan, String target, String indicator, BigDecimal value,
            LocalDate date, String note) {
        requirePublished(plan);
        requireEditor(actor, plan, "enter");
        Indicator current = find(plan, target, indicator);
        requireDated(plan, current, date);
        List<Measurement> measurements = new ArrayList<>(current.measurements());
        measurements.add(new Measurement(value, date, MeasurementStatus.ENTERED, note));
        return save(actor, plan, target, current, measurements, "monitoring.measurement.enter",
                "Entered " + value.toPlainString() + " " + current.unit() + " for " + indicator + " on " + date,
                null, MeasurementStatus.ENTERED);
    }

    public Outcome<Scap> approve(Actor actor, Scap plan, String target, String indicator, int index) {
        return approve(actor, plan, target, indicator, index, null);
    }

    /** The secretariat approves a measurement, optionally with a remark kept in its review. */
    public Outcome<Scap> approve(Actor actor, Scap plan, String target, String indicator, int index, String comment) {
        return review(actor, plan, target, indicator, index, MeasurementStatus.APPROVED, comment);
    }

    /** The secretariat sends a measurement back to the member, saying why. */
    public Outcome<Scap> returnMeasurement(Actor actor, Scap plan, String target, String indicator, int index,
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.unprocessable("monitoring.return.requires-reason", MeasurementStatus.ENTERED,
                    "returning a measurement says why: a reason is required");
        }
        return review(actor, plan, target, indicator, index, MeasurementStatus.RETURNED, reason);
    }

    /** The member's editor corrects a returned measurement, which goes back for review. */
    public Outcome<Scap> correct(Actor actor, Scap plan, String target, String indicator, int index,
            BigDecimal value, String note) {
        requirePublished(plan);
        requireEditor(actor, plan, "correct");
        Indicator current = find(plan, target, indicator);
        Measurement old = measurement(current, index);
        if (old.status() != MeasurementStatus.RETURNED) {
            throw WorkflowException.conflict("monitoring.correct.not-returned", old.status(),
                    "only a returned measurement can be corrected");
        }
        List<Measurement> measurements = new ArrayList<>(current.measurements());
        measurements.set(index, new Measurement(value, old.date(), MeasurementStatus.ENTERED, note));
        return save(actor, plan, target, current, measurements, "monitoring.measurement.correct",
                "Corrected " + indicator + " on " + old.date() + " to " + value.toPlainString(),
                old.status(), MeasurementStatus.ENTERED);
    }

    private Outcome<Scap> review(Actor actor, Scap plan, String target, String indicator, int index,
            MeasurementStatus to, String reason) {
        requirePublished(plan);
        Indicator current = find(plan, target, indicator);
        Measurement old = measurement(current, index);
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("monitoring.review.secretariat-only", old.status(),
                    actor + " may not review measurements: only the secretariat may");
        }
        if (old.status() != MeasurementStatus.ENTERED) {
            throw WorkflowException.conflict("monitoring.review.not-entered", old.status(),
                    "only an entered measurement awaits review (this one is " + old.status() + ")");
        }
        List<Measurement> measurements = new ArrayList<>(current.measurements());
        // The city's note stays as written; the reviewer's words go into the stamped review.
        measurements.set(index, new Measurement(old.value(), old.date(), to, old.note(),
                new Review(actor.principal(), clock.instant(), reason)));
        String verb = to == MeasurementStatus.APPROVED ? "Approved" : "Returned";
        return save(actor, plan, target, current, measurements,
                "monitoring.measurement." + (to == MeasurementStatus.APPROVED ? "approve" : "return"),
                verb + " " + indicator + " on " + old.date() + (reason == null ? "" : " (" + reason + ")"),
                old.status(), to);
    }

    private Outcome<Scap> save(Actor actor, Scap plan, String targetKey, Indicator old, List<Measurement> measurements,
            String action, String summary, MeasurementStatus from, MeasurementStatus to) {
        Indicator updated = new Indicator(old.key(), old.name(), old.catalogueCode(), old.unit(), old.baseline(),
                old.target(), measurements);
        List<StrategicTarget> targets = new ArrayList<>();
        for (StrategicTarget t : plan.targets()) {
            if (!t.key().equals(targetKey)) {
                targets.add(t);
                continue;
            }
            List<Indicator> indicators = t.indicators().stream()
                    .map(i -> i.key().equals(old.key()) ? updated : i).toList();
            targets.add(new StrategicTarget(t.key(), t.text(), t.focusAreas(), t.sdgTargets(), indicators));
        }
        Scap saved = new Scap(plan.id(), plan.network(), plan.member(), plan.version(), plan.period(), plan.vision(),
                plan.focusAreas(), targets, plan.projects(), plan.status());
        AuditEntry entry = AuditEntry.of(clock.instant(), actor, action, RecordType.SCAP, plan.id(),
                summary + " in " + plan.member() + "'s plan")
                .withChanges(RecordDiff.between(plan, saved))
                .concerning(Set.of(plan.member()), Set.of());
        return Outcome.of(saved, from == null ? entry.moved("NONE", to) : entry.moved(from, to));
    }

    private void requireDated(Scap plan, Indicator indicator, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw WorkflowException.unprocessable("monitoring.measurement.future-date", plan.status(),
                    "a measurement cannot be dated in the future (" + date + ")");
        }
        if (date.getYear() < indicator.baseline().year()) {
            throw WorkflowException.unprocessable("monitoring.measurement.before-baseline", plan.status(),
                    "a measurement of " + indicator.key() + " cannot be dated before its baseline year "
                            + indicator.baseline().year());
        }
    }

    private static void requirePublished(Scap plan) {
        if (plan.status() != ScapStatus.PUBLISHED) {
            throw WorkflowException.conflict("monitoring.plan-not-published", plan.status(),
                    "measurements are recorded against the member's published plan");
        }
    }

    private static void requireEditor(Actor actor, Scap plan, String verb) {
        if (!actor.editsFor(plan.member())) {
            throw WorkflowException.forbidden("monitoring." + verb + ".member-editors-only", plan.status(),
                    actor + " may not " + verb + " measurements of " + plan.member() + "'s plan");
        }
    }

    private static Indicator find(Scap plan, String target, String indicator) {
        return plan.targets().stream().filter(t -> t.key().equals(target)).findFirst()
                .flatMap(t -> t.indicators().stream().filter(i -> i.key().equals(indicator)).findFirst())
                .orElseThrow(() -> WorkflowException.unprocessable("monitoring.indicator.unknown", plan.status(),
                        "the plan has no indicator '" + indicator + "' under target '" + target + "'"));
    }

    private static Measurement measurement(Indicator indicator, int index) {
        if (index < 0 || index >= indicator.measurements().size()) {
            throw WorkflowException.unprocessable("monitoring.measurement.unknown", "NONE",
                    indicator.key() + " has no measurement number " + index + " (it has "
                            + indicator.measurements().size() + ")");
        }
        return indicator.measurements().get(index);
    }
}
