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

    /**
     * The financier register came later than the first edition: its profiles are loaded under a
     * name of their own, so a database that loaded the first edition receives them once too.
     */
    static final String FINANCIERS_EDITION = "financiers-1";

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
            if (loaded(edition)) {
                continue;
            }
            loaded += insert(Registers.PARTNERS, data.partners())
                    + insert(Registers.MEMBERS, data.members())
                    + insert(Registers.PERSONS, data.persons())
                    + insert(Registers.MEETINGS, data.meetings());
            recordLoad(edition);
        }
        return loaded;
    }

    /**
     * Every hosted network's financier register receives the profiles of its data (its own
     * financiers.json, or the shipped catalogue it inherits), once per network.
     */
    @Transactional
    public int loadFinanciersOnce() {
        int loaded = 0;
        for (Network network : networks.networks()) {
            ReferenceDataSet data = networks.get(network.id().value()).data();
            String edition = data == ReferenceData.standard() ? FINANCIERS_EDITION
                    : "financiers-" + network.id() + "-1";
            if (loaded(edition)) {
                continue;
            }
            loaded += insert(Registers.FINANCIERS,
                    data.financiers().stream().map(f -> f.inNetwork(network.id())).toList());
            recordLoad(edition);
        }
        return loaded;
    }

    private boolean loaded(String name) {
        Number done = (Number) em.createNativeQuery("SELECT COUNT(*) FROM reference_loads WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        return done.longValue() > 0;
    }

    private void recordLoad(String name) {
        em.createNativeQuery("INSERT INTO reference_loads (name, loaded_at) VALUES (?1, ?2)")
                .setParameter(1, name).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
    }

    private <T> int insert(Register<T, ?> register, List<T> records) {
        records.forEach(record -> store.insert(register, record));
        return records.size();
    }
}
