package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.server.register.DraftPlanProjects;
import org.neascn.server.register.Owner;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.StaleVersionException;
import org.neascn.server.register.Stored;

/**
 * The plain writes of the registers (members, partners, persons, projects, initiatives,
 * meetings, financiers, framework versions), each with its entry on the audit trail in the
 * same transaction: who created, changed or removed what. The changes an entry carries are
 * those of the record's public view (a person's e-mail never travels), and a draft plan's
 * project concerns no member's timeline, which the public reads.
 */
@ApplicationScoped
// A 404 or 412 needs no rollback (see RegisterService): both come before the audit entry is written.
@Transactional(dontRollbackOn = {RecordNotFoundException.class, StaleVersionException.class})
public class RecordedWrites {

    private final Clock clock = Clock.systemUTC();

    @Inject
    RegisterService registers;

    @Inject
    AuditTrail audit;

    @Inject
    Actors actors;

    @Inject
    DraftPlanProjects draftPlanProjects;

    public <T> Stored<T> create(Register<T, ?> register, String network, T record) {
        Stored<T> created = registers.create(register, network, record);
        audit.record(network, List.of(entry(register, network, "create", "Created", created.record())));
        return created;
    }

    public <T> Stored<T> update(Register<T, ?> register, String network, String id, T record, long expectedVersion) {
        RegisterService.Replaced<T> replaced = registers.replace(register, network, id, record, expectedVersion);
        Stored<T> saved = replaced.after();
        if (saved.version() != expectedVersion) {
            audit.record(network, List.of(entry(register, network, "update", "Changed", saved.record())
                    .withChanges(RecordDiff.between(register.publicView().apply(replaced.before()),
                            register.publicView().apply(saved.record())))));
        }
        return saved;
    }

    public <T> void delete(Register<T, ?> register, String network, String id, long expectedVersion) {
        T before = registers.delete(register, network, id, expectedVersion);
        audit.record(network, List.of(entry(register, network, "delete", "Removed", before)));
    }

    private <T> AuditEntry entry(Register<T, ?> register, String network, String verb, String summary, T record) {
        Actor actor = actors.signedIn();
        String id = register.id().apply(record);
        AuditEntry entry = AuditEntry.of(clock.instant(), actor, register.collection() + "." + verb, type(register), id,
                summary + " " + register.collection() + " '" + id + "'");
        if (record instanceof Initiative initiative) {
            return entry.concerning(initiative.members(), Set.of(InitiativeId.of(id)));
        }
        Owner owner = register.owner().apply(record);
        boolean readByAll = draftPlanProjects.readable(Actor.anonymous(), register, network, record);
        return owner.member() == null || !readByAll ? entry : entry.concerning(Set.of(MemberId.of(owner.member())), Set.of());
    }

    private static RecordType type(Register<?, ?> register) {
        switch (register.aggregate()) {
            case PLAN:
                return RecordType.SCAP;
            case CONSULTATION_ROUND:
                return RecordType.CONSULTATION_ROUND;
            default:
                return RecordType.valueOf(register.aggregate().name());
        }
    }
}
