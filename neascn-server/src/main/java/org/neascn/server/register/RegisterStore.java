package org.neascn.server.register;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.store.StoredRecord;

/**
 * Keeps the records of every register in their tables through Jakarta Persistence. It makes
 * no authorization decision; it runs inside the caller's transaction. Every write goes through
 * here, so here is where {@link RecordChanged} is fired, whichever path (register, workflow,
 * import, reference data) made the write.
 *
 * <p>Rows are never taken from a cache shared between transactions (the persistence unit keeps
 * none): a row read here is what the database held when it was read, its document and its
 * version from one and the same row, so the body of a read is always the version its ETag names,
 * on every server of a database.
 */
@ApplicationScoped
// A 404 or 412 is no incident (see RegisterService).
@Transactional(value = Transactional.TxType.MANDATORY,
        dontRollbackOn = {RecordNotFoundException.class, StaleVersionException.class})
public class RegisterStore {

    @PersistenceContext(unitName = "neascn")
    private EntityManager em;

    /** Rows read only to be shown are not copied into the transaction nor compared for changes when it commits. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @Inject
    Event<RecordChanged> changes;

    @Inject
    RecordLocks locks;

    @Inject
    ListPages pages;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Marks a transaction that wrote a record: its lists are chosen from the database, never from {@link ListPages}. */
    private static final String WROTE = RegisterStore.class.getName() + ".wrote";

    private final ParsedRecords parsed = new ParsedRecords();

    public <T, R extends StoredRecord> Optional<Stored<T>> find(Register<T, R> register, String network, String id) {
        return readOnly(register, network, id).map(row -> stored(register, row));
    }

    public <T, R extends StoredRecord> Stored<T> insert(Register<T, R> register, T record) {
        String network = register.network().apply(record).value();
        String id = register.id().apply(record);
        if (readOnly(register, network, id).isPresent()) {
            throw new DuplicateRecordException(register.collection() + " already holds '" + id + "'");
        }
        R row = register.newRow().get();
        row.identify(network, id);
        String document = fill(register, row, record);
        em.persist(row);
        flush(register, id);
        parsed.written(register.type(), StoredRecord.key(network, id), document, record);
        changed(register, network, id);
        return new Stored<>(record, row.version());
    }

    public <T, R extends StoredRecord> Stored<T> update(Register<T, R> register, T record, long expectedVersion) {
        String network = register.network().apply(record).value();
        String id = register.id().apply(record);
        R row = row(register, network, id).orElseThrow(() -> notFound(register, id));
        requireVersion(register, row, expectedVersion);
        String document = fill(register, row, record);
        flush(register, id);
        parsed.written(register.type(), StoredRecord.key(network, id), document, record);
        changed(register, network, id);
        return new Stored<>(record, row.version());
    }

    public <T, R extends StoredRecord> void delete(Register<T, R> register, String network, String id, long expectedVersion) {
        R row = row(register, network, id).orElseThrow(() -> notFound(register, id));
        requireVersion(register, row, expectedVersion);
        em.remove(row);
        flush(register, id);
        parsed.forget(register.type(), StoredRecord.key(network, id));
        changed(register, network, id);
    }

    private void changed(Register<?, ?> register, String network, String id) {
        transactions.putResource(WROTE, Boolean.TRUE);
        changes.fire(new RecordChanged(register.aggregate(), network, id));
    }

    /** How many records of a register an organisation keeps in a network. */
    public long countOwned(Register<?, ?> register, String network, Owner owner) {
        boolean byMember = owner.member() != null;
        return em.createQuery("SELECT COUNT(e) FROM " + register.entityName() + " e WHERE e.network = :network AND "
                        + (byMember ? "e.ownerMember" : "e.ownerPartner") + " = :owner", Long.class)
                .setParameter("network", network)
                .setParameter("owner", byMember ? owner.member() : owner.partner())
                .getSingleResult();
    }

    public <T, R extends StoredRecord> Page<T> list(Register<T, R> register, String network, ListQuery query, ReadScope scope) {
        ListPages.Key key = new ListPages.Key(register.aggregate(), network, scope, query);
        boolean wrote = transactions.getResource(WROTE) != null;
        Optional<Page<T>> known = wrote ? Optional.empty() : pages.page(key);
        if (known.isPresent()) {
            return known.get();
        }
        long generation = pages.generation(register.aggregate(), network);
        ListPages.Chosen chosen = choose(register, network, query, scope);
        Page<T> page = new Page<>(rows(register, network, chosen.ids()), chosen.total(), query.offset(), query.limit());
        if (!wrote) {
            pages.remember(key, generation, page);
        }
        return page;
    }

    /** The page's identifiers in order, and how many records match: from the database. */
    private <T, R extends StoredRecord> ListPages.Chosen choose(Register<T, R> register, String network, ListQuery query,
                                                                ReadScope scope) {
        StringBuilder where = new StringBuilder(" WHERE e.network = :network");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("network", network);
        if (!scope.all()) {
            where.append(" AND (e.publicRecord = 1 OR e.ownerMember = :scopeMember OR e.ownerPartner = :scopePartner)");
            // The empty string is no identifier, so it matches no owner.
            parameters.put("scopeMember", scope.member() == null ? "" : scope.member());
            parameters.put("scopePartner", scope.partner() == null ? "" : scope.partner());
            if (register.aggregate() == Aggregate.PROJECT) {
                // A project of a plan not yet public belongs to that draft (DraftPlanProjects): left
                // out here, not only after the page is read, so that the page is full and its
                // total counts only what the caller may read.
                where.append(" AND (e.plan IS NULL OR e.ownerMember = :scopeMember OR NOT EXISTS (SELECT p.recordId FROM ")
                        .append(Registers.PLANS.entityName())
                        .append(" p WHERE p.network = e.network AND p.recordId = e.plan AND p.publicRecord = 0))");
            }
        }
        int n = 0;
        for (Map.Entry<String, String> entry : query.filters().entrySet()) {
            Filter filter = register.filter(entry.getKey()).orElseThrow(() -> new InvalidQueryException(entry.getKey(),
                    "is not a filter of " + register.collection() + "; filters: "
                            + register.filters().stream().map(Filter::parameter).toList() + ", q"));
            String value = filter.check().apply(entry.getValue());
            String name = "f" + n++;
            if (filter.match() == Filter.Match.EXACT) {
                where.append(" AND e.").append(filter.attribute()).append(" = :").append(name);
                parameters.put(name, value);
            } else {
                where.append(" AND LOCATE(:").append(name).append(", e.").append(filter.attribute()).append(") > 0");
                parameters.put(name, "|" + value + "|");
            }
        }
        if (query.q() != null) {
            // LOCATE finds a plain substring: no wildcard in the user's text can widen the search.
            where.append(" AND LOCATE(:q, e.searchText) > 0");
            parameters.put("q", query.q().toLowerCase(Locale.ROOT));
        }
        String sortAttribute = register.sortAttribute(query.sortKey());
        String order = " ORDER BY e." + sortAttribute + (query.descending() ? " DESC" : " ASC")
                + ("recordId".equals(sortAttribute) ? "" : ", e.recordId ASC");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e.recordId) FROM " + register.entityName() + " e" + where, Long.class);
        // Two steps: the page's identifiers (the sort runs over narrow index entries rather than
        // whole documents), then the page's rows by their keys in one query.
        // The sort column is selected too, as portable JPQL orders only by selected fields.
        TypedQuery<Object[]> select = em.createQuery("SELECT e.recordId, e." + sortAttribute + " FROM "
                + register.entityName() + " e" + where + order, Object[].class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<String> ids = select.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList()
                .stream().map(row -> (String) row[0]).toList();
        return new ListPages.Chosen(ids, count.getSingleResult());
    }

    /** The rows of the given identifiers in that order, read in one query; a row deleted meanwhile is left out. */
    private <T, R extends StoredRecord> List<Stored<T>> rows(Register<T, R> register, String network, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, R> byKey = new HashMap<>();
        em.createQuery("SELECT e FROM " + register.entityName() + " e WHERE e.recordKey IN :keys", register.rowType())
                .setParameter("keys", ids.stream().map(id -> StoredRecord.key(network, id)).toList())
                .setHint(READ_ONLY, true)
                .getResultList().forEach(row -> byKey.put(StoredRecord.key(row.network(), row.recordId()), row));
        return ids.stream().map(id -> byKey.get(StoredRecord.key(network, id))).filter(Objects::nonNull)
                .map(row -> stored(register, row)).toList();
    }

    private <T, R extends StoredRecord> Optional<R> readOnly(Register<T, R> register, String network, String id) {
        return Optional.ofNullable(em.find(register.rowType(), StoredRecord.key(network, id), Map.of(READ_ONLY, true)));
    }

    /**
     * The row to change, locked until the transaction ends: its version is then the one the change
     * must name, and a concurrent writer of the same record waits and then finds it changed (412)
     * instead of failing when it writes.
     */
    private <T, R extends StoredRecord> Optional<R> row(Register<T, R> register, String network, String id) {
        locks.hold(register.collection() + "|" + StoredRecord.key(network, id));
        return Optional.ofNullable(em.find(register.rowType(), StoredRecord.key(network, id), LockModeType.PESSIMISTIC_WRITE));
    }

    /** Fills the row from the record; returns the record's document. */
    private static <T, R extends StoredRecord> String fill(Register<T, R> register, R row, T record) {
        String document = RecordJson.write(record);
        LocalizedText name = register.name().apply(record);
        String sortName = name == null ? row.recordId() : name.originalText().toLowerCase(Locale.ROOT);
        // Search only what the public may see: q must not reveal an e-mail address by probing.
        T publicView = register.publicView().apply(record);
        String searchable = RecordJson.searchText(publicView == record ? document : RecordJson.write(publicView));
        row.describe(document, searchable, sortName.length() > 400 ? sortName.substring(0, 400) : sortName);
        Owner owner = register.owner().apply(record);
        row.own(owner.member(), owner.partner(), register.isPublic().test(record));
        register.index().accept(record, row);
        return document;
    }

    private <T, R extends StoredRecord> Stored<T> stored(Register<T, R> register, R row) {
        String document = row.document();
        T record = parsed.read(register.type(), StoredRecord.key(row.network(), row.recordId()), document,
                () -> RecordJson.read(document, register.type()));
        return new Stored<>(record, row.version());
    }

    private void flush(Register<?, ?> register, String id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("'" + id + "' was changed by someone else meanwhile; read it again");
        } catch (PersistenceException e) {
            // Only a unique-key violation means "exists already" (a concurrent create of the same
            // identifier); any other failure (a dropped connection) is reported as what it is.
            if (uniqueViolation(e)) {
                throw new DuplicateRecordException(register.collection() + " could not store '" + id + "': it exists already");
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, unique_violation, on PostgreSQL and H2 alike. */
    private static boolean uniqueViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException && "23505".equals(((java.sql.SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void requireVersion(Register<?, ?> register, StoredRecord row, long expectedVersion) {
        if (row.version() != expectedVersion) {
            throw new StaleVersionException("'" + row.recordId() + "' of " + register.collection() + " is at version "
                    + row.version() + ", not " + expectedVersion + "; read it again and reapply the change");
        }
    }

    private static RecordNotFoundException notFound(Register<?, ?> register, String id) {
        return new RecordNotFoundException("No '" + id + "' among " + register.collection());
    }
}
