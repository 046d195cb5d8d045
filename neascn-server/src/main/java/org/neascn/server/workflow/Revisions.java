package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.neascn.model.reference.NeascnJson;
import org.neascn.server.register.Register;
import org.neascn.server.store.StoredRecord;

/**
 * Every saved revision of a record, kept in the save's own transaction: a revision is the
 * record as it stood right after a save, numbered by the record's version (its ETag then).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Revisions {

    private static final Jsonb JSONB = NeascnJson.create();

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    /** One saved revision: its number, when and by whom it was saved. */
    public record Revision(long revision, Instant savedAt, String actor) {
    }

    public <T> void save(Register<T, ?> register, String network, String id, long revision, T record, String actor) {
        em.createNativeQuery("INSERT INTO record_revisions (collection, record_key, revision, saved_at, actor, document)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, register.collection())
                .setParameter(2, StoredRecord.key(network, id))
                .setParameter(3, revision)
                .setParameter(4, Timestamp.from(Instant.now()))
                .setParameter(5, actor)
                .setParameter(6, JSONB.toJson(record))
                .executeUpdate();
    }

    public List<Revision> list(Register<?, ?> register, String network, String id) {
        List<?> rows = em.createNativeQuery("SELECT revision, saved_at, actor FROM record_revisions"
                + " WHERE collection = ?1 AND record_key = ?2 ORDER BY revision")
                .setParameter(1, register.collection()).setParameter(2, StoredRecord.key(network, id)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Revision(((Number) r[0]).longValue(),
                ((Timestamp) r[1]).toInstant(), String.valueOf(r[2]))).toList();
    }

    public <T> Optional<T> read(Register<T, ?> register, String network, String id, long revision) {
        List<?> rows = em.createNativeQuery("SELECT document FROM record_revisions"
                + " WHERE collection = ?1 AND record_key = ?2 AND revision = ?3")
                .setParameter(1, register.collection()).setParameter(2, StoredRecord.key(network, id))
                .setParameter(3, revision).getResultList();
        return rows.stream().findFirst().map(d -> JSONB.fromJson(String.valueOf(d), register.type()));
    }
}
