package org.neascn.framework.workflow.scap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.framework.workflow.lifecycle.Lifecycles;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.LocalizedText;

/**
 * The lifecycle of a smart city action plan:
 * <pre>
 *   draft ──submit──▶ submitted ──publish──▶ published ──(next version published)──▶ superseded
 *     ▲                  │
 *     └──── returned for revision ◀──return (with comments)
 * </pre>
 * Only the member's own editors draft, edit and submit its plan; only the secretariat
 * returns or publishes it. A submitted plan is frozen while under review, and a published or
 * superseded plan is read-only for good: the next version is a new draft.
 */
public final class ScapWorkflow {

    private final Clock clock;

    public ScapWorkflow(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the actor may read the plan: published plans are public, drafts are not. */
    public static boolean canRead(Actor actor, Scap plan) {
        return plan.status().isPublic() || actor.isSecretariat() || actor.editsFor(plan.member());
    }

    /** A member's editor starts a new plan as a draft. */
    public Outcome<Scap> create(Actor actor, Scap plan) {
        requireEditor(actor, plan, "create");
        Lifecycles.requireFirstStates(plan);
        return Outcome.of(plan, entry(actor, "scap.create", plan,
                "Started version " + plan.version() + " of " + plan.member() + "'s plan").moved("NONE", plan.status()));
    }

    /**
     * Saves an edit of a draft or of a plan returned for revision. The plan's identity
     * (id, network, member, version) and every state (the plan's and its measurements') stay as
     * they were: an edit that changes one is refused with the commands that move it. The audit
     * entry carries the field-level diff.
     */
    public Outcome<Scap> edit(Actor actor, Scap current, Scap revised) {
        requireEditor(actor, current, "edit");
        if (current.status().isPublic()) {
            throw WorkflowException.conflict("scap.edit.published-read-only", current.status(),
                    "a " + current.status().name().toLowerCase(java.util.Locale.ROOT)
                            + " plan is read-only; start the next version to change it");
        }
        if (current.status() == ScapStatus.SUBMITTED) {
            throw WorkflowException.conflict("scap.edit.under-review", current.status(),
                    "a submitted plan is under the secretariat's review and cannot be edited until it is returned");
        }
        if (!current.id().equals(revised.id()) || !current.network().equals(revised.network())
                || !current.member().equals(revised.member()) || current.version() != revised.version()) {
            throw WorkflowException.unprocessable("scap.edit.identity-fixed", current.status(),
                    "an edit keeps the plan's id, network, member and version");
        }
        Lifecycles.requireStatesKept(current, revised);
        Scap saved = revised;
        return Outcome.of(saved, entry(actor, "scap.edit", saved,
                "Edited version " + saved.version() + " of " + saved.member() + "'s plan")
                .withChanges(RecordDiff.between(current, saved)));
    }

    /** The member's editor submits a draft, or a revised plan, for the secretariat's review. */
    public Outcome<Scap> submit(Actor actor, Scap plan) {
        requireEditor(actor, plan, "submit");
        if (plan.status() != ScapStatus.DRAFT && plan.status() != ScapStatus.RETURNED_FOR_REVISION) {
            throw WorkflowException.conflict("scap.submit.not-a-draft", plan.status(),
                    "only a draft or a plan returned for revision can be submitted");
        }
        return move(actor, plan, ScapStatus.SUBMITTED, "scap.submit", "Submitted");
    }

    /** The secretariat sends a submitted plan back to its member with what to revise. */
    public Outcome<ReturnedPlan> returnForRevision(Actor actor, Scap plan, LocalizedText comments) {
        requireSecretariat(actor, plan, "return");
        if (plan.status() != ScapStatus.SUBMITTED) {
            throw WorkflowException.conflict("scap.return.not-submitted", plan.status(),
                    "only a submitted plan can be returned for revision");
        }
        if (comments == null) {
            throw WorkflowException.unprocessable("scap.return.requires-comments", plan.status(),
                    "returning a plan says what to revise: comments are required");
        }
        Outcome<Scap> moved = move(actor, plan, ScapStatus.RETURNED_FOR_REVISION, "scap.return",
                "Returned for revision (" + comments.originalText() + ")");
        return new Outcome<>(new ReturnedPlan(moved.record(), comments), moved.audit());
    }

    /**
     * The secretariat publishes a submitted plan that passes {@link PublicationChecks}; the
     * member's previously published version, if given, is superseded in the same step.
     *
     * @param previous the member's currently published plan, if it has one
     */
    public Outcome<Publication> publish(Actor actor, Scap plan, Optional<Scap> previous) {
        requireSecretariat(actor, plan, "publish");
        if (plan.status() != ScapStatus.SUBMITTED) {
            throw WorkflowException.conflict("scap.publish.not-submitted", plan.status(),
                    "only a submitted plan can be published (this one is " + plan.status() + ")");
        }
        List<PublicationFinding> findings = PublicationChecks.findings(plan);
        if (!findings.isEmpty()) {
            throw WorkflowException.unprocessable(findings.get(0).rule(), plan.status(),
                    "the plan cannot be published: " + findings.stream().map(PublicationFinding::toString)
                            .collect(Collectors.joining("; ")));
        }
        previous.ifPresent(old -> requireSupersedable(old, plan));
        List<AuditEntry> audit = new ArrayList<>(move(actor, plan, ScapStatus.PUBLISHED, "scap.publish",
                "Published").audit());
        Scap superseded = null;
        if (previous.isPresent()) {
            Scap before = previous.get();
            Scap after = before.withStatus(ScapStatus.SUPERSEDED);
            Outcome<Scap> old = Outcome.of(after, entry(actor, "scap.supersede", after, "Version "
                    + before.version() + " of " + before.member() + "'s plan superseded by version " + plan.version())
                    .moved(before.status(), after.status()));
            superseded = old.record();
            audit.addAll(old.audit());
        }
        return new Outcome<>(new Publication(plan.withStatus(ScapStatus.PUBLISHED), superseded), audit);
    }

    /**
     * The member's editor starts the next version from the published one: a new draft with
     * the same content, numbered one higher, that the editor then changes.
     */
    public Outcome<Scap> startNextVersion(Actor actor, Scap published, ScapId newId) {
        requireEditor(actor, published, "start the next version of");
        if (published.status() != ScapStatus.PUBLISHED) {
            throw WorkflowException.conflict("scap.next-version.requires-published", published.status(),
                    "the next version starts from the member's published plan");
        }
        Scap next = new Scap(newId, published.network(), published.member(), published.version() + 1,
                published.period(), published.vision(), published.focusAreas(), published.targets(),
                published.projects(), ScapStatus.DRAFT);
        return Outcome.of(next, entry(actor, "scap.create", next, "Started version " + next.version() + " of "
                + next.member() + "'s plan from version " + published.version()).moved("NONE", ScapStatus.DRAFT));
    }

    private Outcome<Scap> move(Actor actor, Scap plan, ScapStatus to, String action, String verb) {
        Scap moved = plan.withStatus(to);
        return Outcome.of(moved, entry(actor, action, moved,
                verb + " version " + plan.version() + " of " + plan.member() + "'s plan").moved(plan.status(), to));
    }

    private AuditEntry entry(Actor actor, String action, Scap plan, String summary) {
        return AuditEntry.of(clock.instant(), actor, action, RecordType.SCAP, plan.id(), summary)
                .concerning(Set.of(plan.member()), Set.of());
    }

    private static void requireSupersedable(Scap old, Scap plan) {
        if (!old.member().equals(plan.member()) || !old.network().equals(plan.network())
                || old.status() != ScapStatus.PUBLISHED || old.version() >= plan.version()) {
            throw WorkflowException.unprocessable("scap.publish.previous-mismatch", plan.status(),
                    "the plan to supersede must be the same member's published plan of an earlier version"
                            + " (got version " + old.version() + " of " + old.member() + ", " + old.status() + ")");
        }
    }

    private static void requireEditor(Actor actor, Scap plan, String verb) {
        if (!actor.editsFor(plan.member())) {
            throw WorkflowException.forbidden("scap." + verbCode(verb) + ".member-editors-only", plan.status(),
                    actor + " may not " + verb + " " + plan.member() + "'s plan: only its own editors may");
        }
    }

    private static void requireSecretariat(Actor actor, Scap plan, String verb) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("scap." + verb + ".secretariat-only", plan.status(),
                    actor + " may not " + verb + " a plan: only the secretariat may");
        }
    }

    private static String verbCode(String verb) {
        return verb.startsWith("start") ? "next-version" : verb;
    }
}
