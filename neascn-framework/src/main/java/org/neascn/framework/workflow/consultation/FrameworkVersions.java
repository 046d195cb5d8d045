package org.neascn.framework.workflow.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.lifecycle.Lifecycles;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.consultation.FrameworkVersionId;

/**
 * The versions of the framework document: draft → in consultation → adopted. Only the task
 * force (the secretariat) edits, and only a draft: while a round runs the text stays as the
 * commenters read it, so every comment stays anchored to what it was about; once adopted a
 * version is frozen for good and changes go into the next draft.
 */
public final class FrameworkVersions {

    private final Clock clock;

    public FrameworkVersions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<FrameworkVersion> edit(Actor actor, FrameworkVersion current, FrameworkVersion revised) {
        requireTaskForce(actor, current, "edit");
        requireNotAdopted(current);
        if (current.status() == FrameworkStatus.IN_CONSULTATION) {
            throw WorkflowException.conflict("consultation.version.in-consultation", current.status(),
                    "a version under consultation is not edited, so that comments stay anchored to what they read");
        }
        if (!current.id().equals(revised.id()) || !current.network().equals(revised.network())
                || current.number() != revised.number()) {
            throw WorkflowException.unprocessable("consultation.version.identity-fixed", current.status(),
                    "an edit keeps the version's id, network and number");
        }
        Lifecycles.requireStatesKept(current, revised);
        FrameworkVersion saved = revised;
        return Outcome.of(saved, entry(actor, "consultation.version.edit", saved,
                "Edited framework version " + saved.number()).withChanges(RecordDiff.between(current, saved)));
    }

    /**
     * Adopts a version that has been consulted on and whose rounds are all closed; the
     * adoption date is today.
     *
     * @param rounds every consultation round held on this version
     */
    public Outcome<FrameworkVersion> adopt(Actor actor, FrameworkVersion version,
            Collection<ConsultationRound> rounds) {
        requireTaskForce(actor, version, "adopt");
        requireNotAdopted(version);
        if (version.status() != FrameworkStatus.IN_CONSULTATION) {
            throw WorkflowException.conflict("consultation.adopt.not-consulted", version.status(),
                    "a version is adopted only after a consultation round on it");
        }
        long open = rounds.stream().filter(r -> r.version().equals(version.id()) && !r.closed()).count();
        if (open > 0) {
            throw WorkflowException.conflict("consultation.adopt.round-open", version.status(),
                    "a version is adopted only once its consultation rounds are closed (" + open + " open)");
        }
        FrameworkVersion adopted = new FrameworkVersion(version.id(), version.network(), version.number(),
                version.title(), version.sections(), FrameworkStatus.ADOPTED, LocalDate.now(clock));
        return Outcome.of(adopted, entry(actor, "consultation.version.adopt", adopted,
                "Adopted framework version " + version.number()).moved(version.status(), FrameworkStatus.ADOPTED));
    }

    /** Starts the next draft from an adopted version, numbered one higher, with the same sections. */
    public Outcome<FrameworkVersion> startNextDraft(Actor actor, FrameworkVersion adopted, FrameworkVersionId newId) {
        requireTaskForce(actor, adopted, "start the next draft of");
        if (adopted.status() != FrameworkStatus.ADOPTED) {
            throw WorkflowException.conflict("consultation.next-draft.requires-adopted", adopted.status(),
                    "the next draft starts from an adopted version");
        }
        FrameworkVersion draft = new FrameworkVersion(newId, adopted.network(), adopted.number() + 1,
                adopted.title(), adopted.sections(), FrameworkStatus.DRAFT, null);
        return Outcome.of(draft, entry(actor, "consultation.version.create", draft,
                "Started framework version " + draft.number() + " from version " + adopted.number())
                .moved("NONE", FrameworkStatus.DRAFT));
    }

    static void requireNotAdopted(FrameworkVersion version) {
        if (version.status() == FrameworkStatus.ADOPTED) {
            throw WorkflowException.conflict("consultation.version.adopted-frozen", version.status(),
                    "framework version " + version.number() + " was adopted on " + version.adopted()
                            + " and is frozen; start the next draft to change it");
        }
    }

    static void requireTaskForce(Actor actor, Object state, String verb) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("consultation.task-force-only", state,
                    actor + " may not " + verb + " the framework: only the task force (secretariat) may");
        }
    }

    private AuditEntry entry(Actor actor, String action, FrameworkVersion version, String summary) {
        return AuditEntry.of(clock.instant(), actor, action, RecordType.FRAMEWORK_VERSION, version.id(), summary)
                .concerning(Set.of(), Set.of());
    }
}
