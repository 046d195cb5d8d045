package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.StaleVersionException;
import org.neascn.server.register.Stored;

/**
 * Loads the record a workflow operation acts on (as the caller may see it) and stores what
 * the operation produced: the changed record, its new revision and the audit entries, all in
 * the operation's one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkflowStore {

    @Inject
    RegisterService registers;

    @Inject
    RegisterStore store;

    /** A command's result names only what the network holds, as a register's write does. */
    @Inject
    org.neascn.server.register.References references;

    @Inject
    Revisions revisions;

    @Inject
    AuditTrail audit;

    /**
     * The record as it stands, if the caller may see it (else 404).
     *
     * @param expectedVersion the version the caller based its request on (If-Match), or null
     */
    public <T> Stored<T> load(Register<T, ?> register, String network, String id, Long expectedVersion) {
        Stored<T> stored = registers.get(register, network, id);
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new StaleVersionException("'" + id + "' of " + register.collection() + " is at version "
                    + stored.version() + ", not " + expectedVersion + "; read it again and reapply the change");
        }
        return stored;
    }

    public <T> Stored<T> save(Register<T, ?> register, String network, Stored<T> before, T after, List<AuditEntry> entries,
            Actor actor) {
        references.check(network, after);
        Stored<T> saved = store.update(register, after, before.version());
        revisions.save(register, network, register.id().apply(after), saved.version(), after, actor.principal());
        audit.record(network, entries);
        return saved;
    }

    public <T> Stored<T> insert(Register<T, ?> register, String network, T record, List<AuditEntry> entries, Actor actor) {
        references.check(network, record);
        Stored<T> saved = store.insert(register, record);
        revisions.save(register, network, register.id().apply(record), saved.version(), record, actor.principal());
        audit.record(network, entries);
        return saved;
    }

    /** Records a revision of a save made elsewhere (the register's own create and update). */
    public <T> void revised(Register<T, ?> register, String network, Stored<T> saved, List<AuditEntry> entries, Actor actor) {
        revisions.save(register, network, register.id().apply(saved.record()), saved.version(), saved.record(),
                actor.principal());
        audit.record(network, entries);
    }

    public AuditTrail audit() {
        return audit;
    }

    public Revisions revisions() {
        return revisions;
    }
}
