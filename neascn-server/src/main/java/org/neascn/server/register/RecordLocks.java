package org.neascn.server.register;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.neascn.server.database.DatabaseKind;
import org.neascn.server.database.DatabaseSetup;

/**
 * One writer at a time per record on the embedded database, held until the writing transaction
 * ends. H2 2.5 with {@code WRITE_DELAY=0} (which durability needs) let two transactions that had
 * both taken {@code SELECT … FOR UPDATE} on a row commit over the same version: reproduced with
 * plain JDBC, 16 threads updating one row, 7 updates lost in 30 rounds. The embedded database is
 * one process's alone, so a lock in that process is enough. PostgreSQL's row locks hold across
 * servers, and there nothing is taken here.
 *
 * <p>A semaphore rather than a lock: the transaction manager may end a transaction (a timeout) on
 * another thread than the one that began it.
 */
@ApplicationScoped
public class RecordLocks {

    private static final String HELD = RecordLocks.class.getName() + ".held";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    DatabaseSetup database;

    private final Map<String, Semaphore> locks = new ConcurrentHashMap<>();

    /** Waits until no other transaction writes the record; the current transaction holds it until it ends. */
    public void hold(String key) {
        if (database.kind() != DatabaseKind.H2) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> held = (Set<String>) transactions.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            transactions.putResource(HELD, held);
        }
        if (!held.add(key)) {
            return;
        }
        Semaphore lock = locks.computeIfAbsent(key, k -> new Semaphore(1));
        lock.acquireUninterruptibly();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                lock.release();
            }
        });
    }
}
