package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.reference.NeascnJson;
import org.neascn.server.register.Aggregate;
import org.neascn.server.register.DuplicateRecordException;
import org.neascn.server.register.RecordChanged;
import org.neascn.server.register.StaleVersionException;
import org.neascn.server.register.Stored;
import org.neascn.server.store.StoredRecord;

/**
 * The register of consultation rounds: each round as its JSON document, with an
 * optimistic-lock version so that two dispositions made at once cannot overwrite each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RoundStore {

    private static final Jsonb JSONB = NeascnJson.create();

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    @Inject
    Event<RecordChanged> changes;

    public Optional<Stored<ConsultationRound>> find(String network, String id) {
        List<?> rows = em.createNativeQuery("SELECT document, version FROM consultation_rounds WHERE record_key = ?1")
                .setParameter(1, StoredRecord.key(network, id)).getResultList();
        return rows.stream().findFirst().map(r -> stored((Object[]) r));
    }

    public List<Stored<ConsultationRound>> ofVersion(String network, String frameworkVersion) {
        List<?> rows = em.createNativeQuery("SELECT document, version FROM consultation_rounds"
                + " WHERE network = ?1 AND framework_version = ?2 ORDER BY record_id")
                .setParameter(1, network).setParameter(2, frameworkVersion).getResultList();
        return rows.stream().map(r -> stored((Object[]) r)).toList();
    }

    public Stored<ConsultationRound> insert(String network, ConsultationRound round) {
        if (find(network, round.id().value()).isPresent()) {
            throw new DuplicateRecordException("consultation-rounds already holds '" + round.id() + "'");
        }
        em.createNativeQuery("INSERT INTO consultation_rounds (record_key, network, record_id, framework_version, closed,"
                + " version, document) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)")
                .setParameter(1, StoredRecord.key(network, round.id().value()))
                .setParameter(2, network)
                .setParameter(3, round.id().value())
                .setParameter(4, round.version().value())
                .setParameter(5, round.closed() ? 1 : 0)
                .setParameter(6, JSONB.toJson(round))
                .executeUpdate();
        changed(network, round);
        return new Stored<>(round, 1);
    }

    public Stored<ConsultationRound> update(String network, ConsultationRound round, long expectedVersion) {
        int updated = em.createNativeQuery("UPDATE consultation_rounds SET document = ?1, closed = ?2,"
                + " version = version + 1 WHERE record_key = ?3 AND version = ?4")
                .setParameter(1, JSONB.toJson(round))
                .setParameter(2, round.closed() ? 1 : 0)
                .setParameter(3, StoredRecord.key(network, round.id().value()))
                .setParameter(4, expectedVersion)
                .executeUpdate();
        if (updated != 1) {
            throw new StaleVersionException("Consultation round '" + round.id() + "' was changed by someone else"
                    + " meanwhile; read it again");
        }
        changed(network, round);
        return new Stored<>(round, expectedVersion + 1);
    }

    private void changed(String network, ConsultationRound round) {
        changes.fire(new RecordChanged(Aggregate.CONSULTATION_ROUND, network, round.id().value()));
    }

    private static Stored<ConsultationRound> stored(Object[] row) {
        return new Stored<>(JSONB.fromJson(String.valueOf(row[0]), ConsultationRound.class), ((Number) row[1]).longValue());
    }
}
