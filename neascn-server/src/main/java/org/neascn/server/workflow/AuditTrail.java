package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.interchange.LastChanges;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.reference.NeascnJson;

/**
 * The audit trail in the database: the entries every workflow operation returns, stored in
 * that operation's transaction, so a change and its record of who made it commit together or
 * not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private static final Jsonb JSONB = NeascnJson.create();

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    public void record(String network, List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            em.createNativeQuery("INSERT INTO audit_entries (network, recorded_at, action, record_type, record_id, actor,"
                    + " members, initiatives, document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, network)
                    .setParameter(2, Timestamp.from(entry.at()))
                    .setParameter(3, entry.action())
                    .setParameter(4, entry.recordType().name())
                    .setParameter(5, entry.recordId())
                    .setParameter(6, entry.actor().principal())
                    .setParameter(7, tokens(entry.members()))
                    .setParameter(8, tokens(entry.initiatives()))
                    .setParameter(9, JSONB.toJson(entry))
                    .executeUpdate();
        }
    }

    /**
     * The entries that may belong on a member's timeline: those concerning the member, and
     * those of any initiative (the library's Timeline keeps the initiatives the member took
     * part in).
     */
    public List<AuditEntry> concerningMember(String network, String member) {
        return read("SELECT document FROM audit_entries WHERE network = ?1 AND (POSITION(?2 IN members) > 0"
                + " OR initiatives <> '|') ORDER BY entry_id", network, "|" + member + "|");
    }

    public List<AuditEntry> concerningInitiative(String network, String initiative) {
        return read("SELECT document FROM audit_entries WHERE network = ?1 AND POSITION(?2 IN initiatives) > 0"
                + " ORDER BY entry_id", network, "|" + initiative + "|");
    }

    /** The entries about one record, oldest first. */
    public List<AuditEntry> ofRecord(String network, String recordType, String recordId) {
        return read("SELECT document FROM audit_entries WHERE network = ?1 AND record_type = ?2 AND record_id = ?3"
                + " ORDER BY entry_id", network, recordType, recordId);
    }

    /**
     * When each record of these types last changed: the time of its latest entry, by type and
     * id, in one grouped query over the network (an export asks once, not once per record). A
     * record without an entry is absent: nothing is known of its last change.
     */
    public LastChanges lastChanges(String network, Set<RecordType> types) {
        Map<RecordType, Map<String, Instant>> latest = new EnumMap<>(RecordType.class);
        if (types.isEmpty()) {
            return LastChanges.NONE;
        }
        // The types are the enum's own names, so they may stand in the statement; the network is a parameter.
        String in = types.stream().map(t -> "'" + t.name() + "'").sorted().collect(Collectors.joining(", "));
        List<?> rows = em.createNativeQuery("SELECT record_type, record_id, MAX(recorded_at) FROM audit_entries"
                + " WHERE network = ?1 AND record_type IN (" + in + ") GROUP BY record_type, record_id")
                .setParameter(1, network).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            latest.computeIfAbsent(RecordType.valueOf(String.valueOf(columns[0])), t -> new HashMap<>())
                    .put(String.valueOf(columns[1]), instant(columns[2]));
        }
        return (type, id) -> Optional.ofNullable(latest.getOrDefault(type, Map.of()).get(id));
    }

    /** A TIMESTAMP as the driver returns it, read back as the instant {@link #record} stored. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("audit_entries.recorded_at came back as " + value.getClass().getName());
    }

    /** The latest entries of the network, newest first. */
    public List<AuditEntry> latest(String network, int limit) {
        List<?> documents = em.createNativeQuery("SELECT document FROM audit_entries WHERE network = ?1 ORDER BY entry_id DESC")
                .setParameter(1, network).setMaxResults(limit).getResultList();
        return documents.stream().map(d -> JSONB.fromJson(String.valueOf(d), AuditEntry.class)).toList();
    }

    private List<AuditEntry> read(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> documents = query.getResultList();
        return documents.stream().map(d -> JSONB.fromJson(String.valueOf(d), AuditEntry.class)).toList();
    }

    private static String tokens(Collection<?> values) {
        StringBuilder joined = new StringBuilder("|");
        values.stream().map(String::valueOf).sorted().forEach(v -> joined.append(v).append('|'));
        return joined.toString();
    }
}
