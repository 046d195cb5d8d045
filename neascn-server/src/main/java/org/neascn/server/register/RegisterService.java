package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.neascn.framework.workflow.lifecycle.Lifecycles;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.network.HostedNetworks;
import org.neascn.framework.workflow.Actor;
import org.neascn.server.security.CurrentCaller;

/**
 * The application service of every register: one transaction per call, the caller's
 * authorization checked by the {@link AccessPolicy} before anything is read or written.
 *
 * <p>A record not found (404) or a stale version (412) is the client's answer, not a fault:
 * {@code dontRollbackOn} leaves a caller's transaction usable when it asks for a record that may
 * not exist (no incident file is written either way: see {@code org.neascn.server.transaction}).
 * Both are thrown before anything is written here; a stale version found at the flush has already
 * marked the transaction for rollback (the persistence provider does so on every optimistic lock
 * failure), and a caller's own transaction still rolls back on what it does not catch.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, StaleVersionException.class})
public class RegisterService {

    @Inject
    RegisterStore store;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HostedNetworks networks;

    @Inject
    References references;

    @Inject
    DraftPlanProjects draftPlanProjects;

    public <T> Page<T> list(Register<T, ?> register, String network, ListQuery query) {
        Actor caller = currentCaller.actor();
        Page<T> page = store.list(register, existing(network), query, policy.readScope(caller));
        // The store reads a page's rows after choosing them: one changed meanwhile (a plan
        // withdrawn from the public) is checked again rather than shown. What a caller sees of a
        // kept page depends on the caller and the page alone (plans that become public end the
        // project pages' generation), so it is worked out once per caller and page.
        return page.memo().derived(caller, () -> {
            var ofReadablePlans = draftPlanProjects.readable(caller, register, network);
            return new Page<>(page.items().stream().filter(s -> policy.canRead(caller, register, s.record()))
                    .filter(s -> ofReadablePlans.test(s.record()))
                    .map(s -> new Stored<>(policy.view(caller, register, s.record()), s.version())).toList(),
                    page.total(), page.offset(), page.limit());
        });
    }

    public <T> Stored<T> get(Register<T, ?> register, String network, String id) {
        Actor caller = currentCaller.actor();
        Stored<T> stored = visible(caller, register, network, id);
        return new Stored<>(policy.view(caller, register, stored.record()), stored.version());
    }

    public <T> Stored<T> create(Register<T, ?> register, String network, T record) {
        return create(register, network, record, false);
    }

    public <T> Stored<T> update(Register<T, ?> register, String network, String id, T record, long expectedVersion) {
        return update(register, network, id, record, expectedVersion, false).after();
    }

    /** A record as it was and as it is after a change, for the audit trail. */
    public record Replaced<T>(T before, Stored<T> after) {
    }

    /** Like {@link #update}, with the record as it was: read once, under the same rules, for the audit trail. */
    public <T> Replaced<T> replace(Register<T, ?> register, String network, String id, T record, long expectedVersion) {
        return update(register, network, id, record, expectedVersion, false);
    }

    /**
     * A record carried over from a network bundle (the secretariat's import from another
     * server): its states are its history there, not moves made here, so the lifecycle door
     * does not apply; the access policy does.
     */
    public <T> Stored<T> carryOver(Register<T, ?> register, String network, T record) {
        return create(register, network, record, true);
    }

    /** A stored record replaced by its copy from a network bundle; see {@link #carryOver}. */
    public <T> Stored<T> carryOver(Register<T, ?> register, String network, String id, T record, long expectedVersion) {
        return update(register, network, id, record, expectedVersion, true).after();
    }

    private <T> Stored<T> create(Register<T, ?> register, String network, T record, boolean carried) {
        matchesPath(register, network, null, record);
        Actor caller = currentCaller.actor();
        policy.checkCreate(caller, register, record);
        if (!carried) {
            Lifecycles.requireFirstStates(record);
        }
        checkReferences(network, caller, record);
        return store.insert(register, record);
    }

    private <T> Replaced<T> update(Register<T, ?> register, String network, String id, T record, long expectedVersion,
            boolean carried) {
        matchesPath(register, network, id, record);
        Actor caller = currentCaller.actor();
        Stored<T> before = visible(caller, register, network, id);
        policy.checkUpdate(caller, register, before.record(), record);
        if (!carried) {
            Lifecycles.requireStatesKept(before.record(), record);
        }
        checkReferences(network, caller, record);
        return new Replaced<>(before.record(), store.update(register, record, expectedVersion));
    }

    /** An editor bound to no registered organisation writes nothing; a record names only what its network holds. */
    private void checkReferences(String network, Actor caller, Object record) {
        references.requireRegistered(network, caller.member() == null ? null : caller.member().value(),
                caller.partner() == null ? null : caller.partner().value());
        references.check(network, record);
    }

    /** Removes the record; returns it as it was, for the audit trail. */
    public <T> T delete(Register<T, ?> register, String network, String id, long expectedVersion) {
        Actor caller = currentCaller.actor();
        Stored<T> before = visible(caller, register, network, id);
        policy.checkDelete(caller, register, before.record());
        refuseIfKeepingRecords(register, network, before.record());
        store.delete(register, network, id, expectedVersion);
        return before.record();
    }

    /** Registers whose records a member or partner keeps (the owner column of their rows). */
    private static final List<Register<?, ?>> OWNED = List.of(Registers.PERSONS, Registers.PLANS, Registers.PROJECTS,
            Registers.INITIATIVES);

    /** A member or partner is deleted only once nothing it keeps is left behind pointing at it. */
    private <T> void refuseIfKeepingRecords(Register<T, ?> register, String network, T record) {
        if (register != Registers.MEMBERS && register != Registers.PARTNERS) {
            return;
        }
        Owner owner = register.owner().apply(record);
        List<String> kept = new ArrayList<>();
        for (Register<?, ?> owned : OWNED) {
            long count = store.countOwned(owned, network, owner);
            if (count > 0) {
                kept.add(count + " " + owned.collection());
            }
        }
        if (!kept.isEmpty()) {
            throw new RecordInUseException("'" + register.id().apply(record) + "' still keeps " + String.join(", ", kept)
                    + "; delete them or give them to another organisation first");
        }
    }

    /** A record the caller may see; one it may not see is, to that caller, not there. */
    private <T> Stored<T> visible(Actor caller, Register<T, ?> register, String network, String id) {
        String networkId = existing(network);
        // Made only when needed: an exception's stack trace was a tenth of an update's own work.
        Supplier<RecordNotFoundException> notFound = () -> new RecordNotFoundException("No '" + id + "' among "
                + register.collection() + " of network '" + network + "'");
        if (!isIdentifier(id)) {
            throw notFound.get();
        }
        return store.find(register, networkId, id).filter(s -> policy.canRead(caller, register, s.record()))
                .filter(s -> draftPlanProjects.readable(caller, register, networkId, s.record()))
                .orElseThrow(notFound);
    }

    private <T> void matchesPath(Register<T, ?> register, String network, String id, T record) {
        existing(network);
        if (!Objects.equals(register.network().apply(record).value(), network)) {
            throw new InvalidValueException("network", "must be '" + network + "', the network of the path");
        }
        if (id != null && !Objects.equals(register.id().apply(record), id)) {
            throw new InvalidValueException("id", "must be '" + id + "', the identifier of the path; identifiers do not change");
        }
    }

    /** The network of a path if this server hosts it; records of other networks are never reached. */
    private String existing(String network) {
        networks.get(network);
        return network;
    }

    private static boolean isIdentifier(String value) {
        try {
            Identifier.check(value, "id");
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
