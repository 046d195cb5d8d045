package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.neascn.framework.input.InputError;
import org.neascn.model.network.Network;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.network.HostedNetworks;
import org.neascn.framework.workflow.Actor;
import org.neascn.server.security.CurrentCaller;

/**
 * Reads whole registers of a network for the analyses and exports that need every record at
 * once (overlaps, pipeline analytics, IATI): each record passes the {@link AccessPolicy} as a
 * single read would, so an analysis never sees what its caller could not read.
 */
@ApplicationScoped
@Transactional
public class RegisterReader {

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HostedNetworks networks;

    @Inject
    DraftPlanProjects draftPlanProjects;

    /** The network of a path, as the server hosts it; an unknown one is not found. */
    public Network network(String network) {
        return networks.get(network).network();
    }

    /** Every record of the register that the caller may read, as the caller may see it, in identifier order. */
    public <T> List<T> visible(Register<T, ?> register, String network) {
        Actor caller = currentCaller.actor();
        return all(register, network).stream().filter(r -> policy.canRead(caller, register, r))
                .filter(draftPlanProjects.readable(caller, register, network))
                .map(r -> policy.view(caller, register, r)).toList();
    }

    /** Every record of the register, whoever asks: for callers the service has already authorized. */
    public <T> List<T> all(Register<T, ?> register, String network) {
        network(network);
        return em.createQuery("SELECT e FROM " + register.entityName() + " e WHERE e.network = :network ORDER BY e.recordId",
                register.rowType()).setParameter("network", network).getResultList().stream()
                .map(row -> RecordJson.read(row.document(), register.type())).toList();
    }

    /**
     * The records the caller may read that pass the rules, as the caller may see them, and those
     * left out with the first broken rule. A stored document that no longer reads as its record is
     * left out too; it is named to the secretariat only, since nobody can tell whether another
     * caller may see it.
     */
    public <T> Screened<T> screened(Register<T, ?> register, String network, Function<T, List<InputError>> rules) {
        Actor caller = currentCaller.actor();
        return screen(register, network, rules, caller, caller.isSecretariat());
    }

    /** What would be left out of an analysis for anyone: for the log at start, not for a caller. */
    public <T> List<Omitted> broken(Register<T, ?> register, String network, Function<T, List<InputError>> rules) {
        return screen(register, network, rules, null, true).omitted();
    }

    private <T> Screened<T> screen(Register<T, ?> register, String network, Function<T, List<InputError>> rules,
            Actor caller, boolean namesUnreadable) {
        network(network);
        List<T> kept = new ArrayList<>();
        List<Omitted> omitted = new ArrayList<>();
        for (var row : em.createQuery("SELECT e FROM " + register.entityName() + " e WHERE e.network = :network ORDER BY e.recordId",
                register.rowType()).setParameter("network", network).getResultList()) {
            T record;
            try {
                record = RecordJson.read(row.document(), register.type());
            } catch (RuntimeException e) {
                if (namesUnreadable) {
                    omitted.add(new Omitted(row.recordId(), "the stored record no longer passes its own checks: " + rule(e)));
                }
                continue;
            }
            if (caller != null && !policy.canRead(caller, register, record)) {
                continue;
            }
            List<InputError> errors = rules.apply(record);
            if (!errors.isEmpty()) {
                InputError first = errors.get(0);
                omitted.add(new Omitted(row.recordId(), first.path() + ": " + first.rule()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")));
                continue;
            }
            kept.add(caller == null ? record : policy.view(caller, register, record));
        }
        return new Screened<>(kept, omitted);
    }

    private static String rule(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidValueException e) {
                return e.getMessage();
            }
        }
        return "its document cannot be read";
    }

    /** Every record of the register that the member owns, whoever asks: for callers the service has already authorized. */
    public <T> List<T> ownedBy(Register<T, ?> register, String network, String member) {
        return em.createQuery("SELECT e FROM " + register.entityName()
                        + " e WHERE e.network = :network AND e.ownerMember = :member ORDER BY e.recordId", register.rowType())
                .setParameter("network", network).setParameter("member", member).getResultList().stream()
                .map(row -> RecordJson.read(row.document(), register.type())).toList();
    }

    /** The identifiers the register holds in the network; no document is read. */
    public Set<String> ids(Register<?, ?> register, String network) {
        return new LinkedHashSet<>(em.createQuery("SELECT e.recordId FROM " + register.entityName()
                + " e WHERE e.network = :network", String.class).setParameter("network", network).getResultList());
    }

    /** Whether the member owns records of the register that the public may not see (a draft plan). */
    public boolean ownsUnpublished(Register<?, ?> register, String network, String member) {
        return em.createQuery("SELECT COUNT(e) FROM " + register.entityName()
                + " e WHERE e.network = :network AND e.ownerMember = :member AND e.publicRecord = 0", Long.class)
                .setParameter("network", network).setParameter("member", member).getSingleResult() > 0;
    }
}
