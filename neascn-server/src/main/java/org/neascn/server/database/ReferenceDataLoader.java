package org.neascn.server.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.Registers;

/**
 * Loads the shipped reference data (members, partners, people and meetings of every network)
 * into a fresh database, in one transaction, and records that it did so: a restart, or a
 * second server on the same database, does not load it again and never overwrites edits.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    /** The name under which the load is recorded; a new edition of the data gets a new name. */
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

    /** Loads the data unless it was loaded before; returns how many records it added. */
    @Transactional
    public int loadOnce() {
        if (loaded(EDITION)) {
            return 0;
        }
        ReferenceDataSet data = ReferenceData.standard();
        int loaded = insert(Registers.PARTNERS, data.partners())
                + insert(Registers.MEMBERS, data.members())
                + insert(Registers.PERSONS, data.persons())
                + insert(Registers.MEETINGS, data.meetings());
        recordLoad(EDITION);
        return loaded;
    }

    /** Every shipped network's financier register receives the shipped profiles, once. */
    @Transactional
    public int loadFinanciersOnce() {
        if (loaded(FINANCIERS_EDITION)) {
            return 0;
        }
        ReferenceDataSet data = ReferenceData.standard();
        int loaded = 0;
        for (var network : data.networks()) {
            loaded += insert(Registers.FINANCIERS, data.financiers().stream().map(f -> f.inNetwork(network.id())).toList());
        }
        recordLoad(FINANCIERS_EDITION);
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
