package org.neascn.server.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.neascn.model.network.Network;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.Registers;

/**
 * Loads the reference records of every hosted network (members, partners, people and meetings)
 * into the database, in one transaction, and records per network that it did so: a restart, or
 * a second server on the same database, does not load them again and never overwrites edits. A
 * network added to the networks directory later is loaded at the next start.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    /** The name under which the shipped NEASCN set was recorded before networks were data; kept so it never loads twice. */
    static final String EDITION = "standard-1";

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    @Inject
    RegisterStore store;

    @Inject
    HostedNetworks networks;

    /** Loads each network's records unless they were loaded before; returns how many records it added. */
    @Transactional
    public int loadOnce() {
        int loaded = 0;
        for (Network network : networks.networks()) {
            ReferenceDataSet data = networks.get(network.id().value()).data();
            String edition = data == ReferenceData.standard() ? EDITION : "network-" + network.id() + "-1";
            Number done = (Number) em.createNativeQuery("SELECT COUNT(*) FROM reference_loads WHERE name = ?1")
                    .setParameter(1, edition).getSingleResult();
            if (done.longValue() > 0) {
                continue;
            }
            loaded += insert(Registers.PARTNERS, data.partners())
                    + insert(Registers.MEMBERS, data.members())
                    + insert(Registers.PERSONS, data.persons())
                    + insert(Registers.MEETINGS, data.meetings());
            em.createNativeQuery("INSERT INTO reference_loads (name, loaded_at) VALUES (?1, ?2)")
                    .setParameter(1, edition).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
        }
        return loaded;
    }

    private <T> int insert(Register<T, ?> register, List<T> records) {
        records.forEach(record -> store.insert(register, record));
        return records.size();
    }
}
