package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import org.neascn.framework.overlap.theme.SuggestionDecision;
import org.neascn.model.reference.NeascnJson;

/**
 * The secretariat's decisions on suggestions (table {@code suggestion_decisions}, V45), written
 * in the transaction of the decision and of its audit entries. The row's document is the
 * decision as JSON, the single source of truth; the other columns are there to find it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SuggestionDecisionStore {

    private static final Jsonb JSONB = NeascnJson.create();

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    public List<SuggestionDecision> of(String network) {
        List<?> documents = em.createNativeQuery("SELECT document FROM suggestion_decisions WHERE network = ?1 ORDER BY decision_id")
                .setParameter(1, network).getResultList();
        return documents.stream().map(d -> JSONB.fromJson(String.valueOf(d), SuggestionDecision.class)).toList();
    }

    public void record(String network, SuggestionDecision d) {
        em.createNativeQuery("INSERT INTO suggestion_decisions (network, suggestion, evidence, kind, decided_at, document)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, network)
                .setParameter(2, d.suggestion())
                .setParameter(3, d.evidence())
                .setParameter(4, d.kind().name())
                .setParameter(5, Timestamp.from(d.at()))
                .setParameter(6, JSONB.toJson(d))
                .executeUpdate();
    }
}
