package org.neascn.framework.workflow.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.Disposition;
import org.neascn.model.consultation.Feedback;
import org.neascn.model.consultation.FeedbackId;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

/**
 * Consultation rounds on a framework version. The task force opens a round with a deadline;
 * members and partners (never the public, never the task force itself) comment on a section
 * of the version while the round is open, up to and including the deadline day; the task
 * force answers each comment with a disposition and closes the round only when none is left
 * unanswered. A version has at most one open round at a time.
 */
public final class ConsultationRounds {

    private final Clock clock;

    public ConsultationRounds(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a round on a draft, or on a version already in consultation whose earlier rounds
     * are closed; the version moves to in consultation.
     *
     * @param earlier the rounds held on this version so far
     */
    public Outcome<OpenedRound> open(Actor actor, FrameworkVersion version, Collection<ConsultationRound> earlier,
            ConsultationRoundId id, LocalDate opens, LocalDate deadline) {
        FrameworkVersions.requireTaskForce(actor, version.status(), "open a consultation on");
        FrameworkVersions.requireNotAdopted(version);
        if (earlier.stream().anyMatch(r -> r.version().equals(version.id()) && !r.closed())) {
            throw WorkflowException.conflict("consultation.round.already-open", version.status(),
                    "framework version " + version.number() + " already has an open consultation round");
        }
        if (version.sections().isEmpty()) {
            throw WorkflowException.unprocessable("consultation.round.requires-sections", version.status(),
                    "feedback is anchored to sections, and this version has none");
        }
        if (deadline.isBefore(opens) || deadline.isBefore(today())) {
            throw WorkflowException.unprocessable("consultation.round.deadline-invalid", version.status(),
                    "the deadline " + deadline + " must be on or after the opening " + opens + " and today " + today());
        }
        FrameworkVersion consulted = new FrameworkVersion(version.id(), version.network(), version.number(),
                version.title(), version.sections(), FrameworkStatus.IN_CONSULTATION, null);
        ConsultationRound round = new ConsultationRound(id, version.id(), opens, deadline, false, List.of());
        List<AuditEntry> audit = List.of(
                entry(actor, "consultation.round.open", round, "Opened a consultation round on framework version "
                        + version.number() + " until " + deadline, Set.of()).moved("NONE", "OPEN"),
                AuditEntry.of(clock.instant(), actor, "consultation.version.consult", RecordType.FRAMEWORK_VERSION,
                        version.id(), "Framework version " + version.number() + " is in consultation")
                        .moved(version.status(), FrameworkStatus.IN_CONSULTATION));
        return new Outcome<>(new OpenedRound(consulted, round), audit);
    }

    /** A member or partner comments on one section of the version under consultation. */
    public Outcome<ConsultationRound> comment(Actor actor, FrameworkVersion version, ConsultationRound round,
            FeedbackId id, String section, LocalizedText comment) {
        OrganisationRef author = actor.organisation().orElseThrow(() -> WorkflowException.forbidden(
                "consultation.feedback.members-and-partners-only", state(round),
                actor + " may not comment: feedback comes from members and partners"));
        if (!round.version().equals(version.id())) {
            throw WorkflowException.unprocessable("consultation.feedback.wrong-version", state(round),
                    "round " + round.id() + " consults on version " + round.version() + ", not " + version.id());
        }
        FrameworkVersions.requireNotAdopted(version);
        requireOpen(round, "feedback");
        LocalDate today = today();
        if (today.isBefore(round.opens())) {
            throw WorkflowException.conflict("consultation.feedback.round-not-open", state(round),
                    "the round opens on " + round.opens());
        }
        if (today.isAfter(round.deadline())) {
            throw WorkflowException.conflict("consultation.feedback.deadline-passed", state(round),
                    "the round's deadline was " + round.deadline());
        }
        if (version.section(section).isEmpty()) {
            throw WorkflowException.unprocessable("consultation.feedback.unknown-section", state(round),
                    "framework version " + version.number() + " has no section '" + section + "'");
        }
        if (round.feedback().stream().anyMatch(f -> f.id().equals(id))) {
            throw WorkflowException.unprocessable("consultation.feedback.duplicate-id", state(round),
                    "the round already has a comment " + id);
        }
        List<Feedback> feedback = new ArrayList<>(round.feedback());
        feedback.add(new Feedback(id, section, author, comment, today, null));
        ConsultationRound updated = with(round, feedback, false);
        Set<MemberId> members = author.kind() == OrganisationRef.Kind.MEMBER ? Set.of(MemberId.of(author.id()))
                : Set.of();
        return Outcome.of(updated, entry(actor, "consultation.feedback.submit", updated,
                author + " commented on section '" + section + "'", members));
    }

    /** The task force records, or revises while the round is open, its answer to a comment. */
    public Outcome<ConsultationRound> dispose(Actor actor, ConsultationRound round, FeedbackId id,
            Disposition disposition) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("consultation.disposition.task-force-only", state(round),
                    actor + " may not dispose of comments: only the task force (secretariat) may");
        }
        requireOpen(round, "disposition");
        Feedback old = round.feedback().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> WorkflowException.unprocessable("consultation.disposition.unknown-feedback",
                        state(round), "round " + round.id() + " has no comment " + id));
        List<Feedback> feedback = round.feedback().stream().map(f -> f.id().equals(id)
                ? new Feedback(f.id(), f.section(), f.author(), f.comment(), f.submitted(), disposition)
                : f).toList();
        ConsultationRound updated = with(round, feedback, false);
        return Outcome.of(updated, entry(actor, "consultation.feedback.dispose", updated, "Answered "
                + old.author() + "'s comment on '" + old.section() + "': " + disposition.decision(), Set.of()));
    }

    /** Closes a round; refused while any comment lacks a disposition. */
    public Outcome<ConsultationRound> close(Actor actor, ConsultationRound round) {
        FrameworkVersions.requireTaskForce(actor, state(round), "close a consultation round on");
        requireOpen(round, "close");
        long open = round.feedback().stream().filter(Feedback::isOpen).count();
        if (open > 0) {
            throw WorkflowException.conflict("consultation.close.open-comments", state(round),
                    "a round cannot close while " + open + " comment(s) have no disposition");
        }
        ConsultationRound closed = with(round, round.feedback(), true);
        return Outcome.of(closed, entry(actor, "consultation.round.close", closed,
                "Closed the consultation round with " + round.feedback().size() + " comment(s) answered", Set.of())
                .moved("OPEN", "CLOSED"));
    }

    private static void requireOpen(ConsultationRound round, String action) {
        if (round.closed()) {
            throw WorkflowException.conflict("consultation." + action + ".round-closed", "CLOSED",
                    "consultation round " + round.id() + " is closed");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String state(ConsultationRound round) {
        return round.closed() ? "CLOSED" : "OPEN";
    }

    private static ConsultationRound with(ConsultationRound r, List<Feedback> feedback, boolean closed) {
        return new ConsultationRound(r.id(), r.version(), r.opens(), r.deadline(), closed, feedback);
    }

    private AuditEntry entry(Actor actor, String action, ConsultationRound round, String summary,
            Set<MemberId> members) {
        return AuditEntry.of(clock.instant(), actor, action, RecordType.CONSULTATION_ROUND, round.id(), summary)
                .concerning(members, Set.of());
    }
}
