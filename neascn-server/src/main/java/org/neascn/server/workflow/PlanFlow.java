package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.Change;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.framework.workflow.lifecycle.Lifecycles;
import org.neascn.framework.workflow.scap.PlanDiff;
import org.neascn.framework.workflow.scap.Publication;
import org.neascn.framework.workflow.scap.ReturnedPlan;
import org.neascn.framework.workflow.scap.ScapWorkflow;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.register.ListQuery;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * The lifecycle of a smart city action plan through the API, by {@link ScapWorkflow}'s rules:
 * saving, submitting, returning, publishing (which supersedes the member's previous published
 * version), starting the next version; and every saved revision, readable and comparable.
 * One transaction per operation.
 */
@ApplicationScoped
@Transactional
public class PlanFlow {

    private final Clock clock = Clock.systemUTC();
    private final ScapWorkflow workflow = new ScapWorkflow(clock);

    @Inject
    Actors actors;

    @Inject
    WorkflowStore store;

    @Inject
    RegisterService registers;

    /**
     * A new plan starts as a draft with its measurements entered, whoever records it: a
     * member's editor by the workflow's create rule, the secretariat (recording a plan for a
     * member) by the same lifecycle door.
     */
    public Stored<Scap> create(String network, Scap plan) {
        Actor actor = actors.signedIn();
        List<AuditEntry> audit = actor.role() == Actor.Role.MEMBER_EDITOR
                ? workflow.create(actor, plan).audit()
                : List.of(saved(actor, plan, null));
        Stored<Scap> created = registers.create(Registers.PLANS, network, plan);
        store.revised(Registers.PLANS, network, created, audit, actor);
        return created;
    }

    /**
     * A change sent with PUT: a content edit, never a move (the plan's and its measurements'
     * states stay as they are; the commands move them). A published or superseded plan is
     * read-only for everyone: its next version is a new draft. A member's editor edits by the
     * workflow's edit rule; the secretariat may correct a plan that is not yet public.
     */
    public Stored<Scap> update(String network, String id, Scap revised, long expectedVersion) {
        Actor actor = actors.signedIn();
        Scap current = store.load(Registers.PLANS, network, id, expectedVersion).record();
        List<AuditEntry> audit;
        if (current.status().isPublic() && actor.isSecretariat()) {
            // The library's edit rule speaks to member editors; the read-only rule holds for all.
            throw WorkflowException.conflict("scap.edit.published-read-only", current.status(), "a "
                    + current.status() + " plan is read-only; start the next version to change it");
        }
        if (actor.isSecretariat()) {
            Lifecycles.requireStatesKept(current, revised);
            audit = List.of(saved(actor, revised, current));
        } else {
            Outcome<Scap> edited = workflow.edit(actor, current, revised);
            revised = edited.record();
            audit = edited.audit();
        }
        Stored<Scap> saved = registers.update(Registers.PLANS, network, id, revised, expectedVersion);
        if (saved.version() == expectedVersion) {
            // Nothing changed, so the version stands: there is no new revision to keep (storing
            // one again under the same number failed the save with a 500).
            return saved;
        }
        store.revised(Registers.PLANS, network, saved, audit, actor);
        return saved;
    }

    public Stored<Scap> submit(String network, String id, Long expectedVersion) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, id, expectedVersion);
        Outcome<Scap> submitted = workflow.submit(actor, current.record());
        return store.save(Registers.PLANS, network, current, submitted.record(), submitted.audit(), actor);
    }

    public Stored<Scap> returnForRevision(String network, String id, LocalizedText comments, Long expectedVersion) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, id, expectedVersion);
        Outcome<ReturnedPlan> returned = workflow.returnForRevision(actor, current.record(), comments);
        return store.save(Registers.PLANS, network, current, returned.record().plan(), returned.audit(), actor);
    }

    /** Publishes a submitted plan and, in the same transaction, supersedes the member's published one. */
    public Stored<Scap> publish(String network, String id, Long expectedVersion) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, id, expectedVersion);
        Optional<Stored<Scap>> previous = actor.isSecretariat() ? published(network, current.record()) : Optional.empty();
        Outcome<Publication> outcome = workflow.publish(actor, current.record(), previous.map(Stored::record));
        Stored<Scap> published = store.save(Registers.PLANS, network, current, outcome.record().published(),
                outcome.audit(), actor);
        previous.ifPresent(old -> store.save(Registers.PLANS, network, old, outcome.record().superseded(), List.of(), actor));
        return published;
    }

    /** A member's editor starts the next version, a new draft under a new id, from the published plan. */
    public Stored<Scap> startNextVersion(String network, String id, String newId) {
        Actor actor = actors.signedIn();
        Stored<Scap> current = store.load(Registers.PLANS, network, id, null);
        Outcome<Scap> next = workflow.startNextVersion(actor, current.record(), ScapId.of(newId));
        return store.insert(Registers.PLANS, network, next.record(), next.audit(), actor);
    }

    /**
     * The saved revisions the caller may read: a published plan's public history starts at
     * its publication; the drafts before it stay with its member and the secretariat.
     */
    public List<Revisions.Revision> revisions(String network, String id) {
        store.load(Registers.PLANS, network, id, null);
        Actor actor = actors.current();
        return store.revisions().list(Registers.PLANS, network, id).stream()
                .filter(r -> store.revisions().read(Registers.PLANS, network, id, r.revision())
                        .map(plan -> ScapWorkflow.canRead(actor, plan)).orElse(false))
                .toList();
    }

    public Scap revision(String network, String id, long revision) {
        store.load(Registers.PLANS, network, id, null);
        Actor actor = actors.current();
        return store.revisions().read(Registers.PLANS, network, id, revision)
                .filter(plan -> ScapWorkflow.canRead(actor, plan)).orElseThrow(() ->
                new RecordNotFoundException("Plan '" + id + "' has no saved revision " + revision + " you may read"));
    }

    /** What the city changed between two saved revisions of the plan. */
    public List<Change> diff(String network, String id, long from, long to) {
        return PlanDiff.between(revision(network, id, from), revision(network, id, to));
    }

    private Optional<Stored<Scap>> published(String network, Scap plan) {
        ListQuery query = new ListQuery(Map.of("member", plan.member().value(), "status", "PUBLISHED"), null, null, 0,
                ListQuery.MAX_LIMIT);
        return registers.list(Registers.PLANS, network, query).items().stream()
                .filter(s -> !s.record().id().equals(plan.id())).findFirst();
    }

    /** The audit entry of the secretariat's create or correction, which no workflow rule of the editors covers. */
    private AuditEntry saved(Actor actor, Scap plan, Scap before) {
        AuditEntry entry = AuditEntry.of(clock.instant(), actor, "scap.save", RecordType.SCAP, plan.id(),
                "Saved version " + plan.version() + " of " + plan.member() + "'s plan")
                .concerning(Set.of(plan.member()), Set.of());
        if (before == null) {
            return entry.moved("NONE", plan.status());
        }
        return entry.withChanges(new ArrayList<>(RecordDiff.between(before, plan)));
    }
}
