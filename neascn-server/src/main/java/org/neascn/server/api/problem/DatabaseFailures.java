package org.neascn.server.api.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure of the database itself (unreachable, connections dropped, the pool exhausted)
 * from every other failure, so that a client is told to try again (503 with {@code Retry-After})
 * instead of receiving a 500, or worse, a misleading 409. Whether the change took effect is
 * known when the failure came before the commit (the transaction rolled back, nothing was
 * written) and unknown when the commit itself failed: the database may have committed before the
 * connection broke, and only reading the record again tells.
 */
final class DatabaseFailures {

    /** What a client may conclude from a database failure. */
    enum Outcome {
        /** Every request connection was in use for the pool's wait; nothing was tried, retrying is safe. */
        POOL_EXHAUSTED,
        /** The request failed before anything was committed: retrying is safe. */
        NOT_APPLIED,
        /** The commit failed on the way: the change may or may not be in the database. */
        UNKNOWN
    }

    /**
     * SQLSTATE classes and codes of a database that cannot serve now, whatever the statement:
     * 08 connection exceptions, 53 insufficient resources (too many connections), 57P operator
     * intervention (pg_terminate_backend, shutdown, "cannot connect now"), and the refusals of a
     * new connection: 3D000 no such database, 28 authorisation refused, 55000 a database that does
     * not accept connections now.
     */
    private static final Set<String> CLASSES = Set.of("08", "53", "28");
    private static final Set<String> CODES = Set.of("57P01", "57P02", "57P03", "3D000", "55000");

    private DatabaseFailures() {
    }

    /** The outcome, if the failure is the database's; empty for every other failure. */
    static Optional<Outcome> of(Throwable thrown) {
        boolean database = false;
        boolean inCommit = false;
        boolean poolWait = false;
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            poolWait |= poolWaitedInVain(t);
            database |= unavailable(t);
            inCommit |= commitFailure(t);
        }
        if (poolWait && !inCommit) {
            return Optional.of(Outcome.POOL_EXHAUSTED);
        }
        return database || poolWait ? Optional.of(inCommit ? Outcome.UNKNOWN : Outcome.NOT_APPLIED) : Optional.empty();
    }

    /**
     * Liberty's pool reports a request that waited its connectionTimeout in vain by this class
     * (com.ibm.websphere.ce.cm and .j2c), which the application does not compile against.
     */
    private static boolean poolWaitedInVain(Throwable t) {
        return t.getClass().getSimpleName().equals("ConnectionWaitTimeoutException");
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException) {
            String state = ((SQLException) t).getSQLState();
            return state != null && state.length() == 5 && (CODES.contains(state) || CLASSES.contains(state.substring(0, 2)));
        }
        return false;
    }

    /** The transaction manager's exceptions of a commit that did not complete as asked. */
    private static boolean commitFailure(Throwable t) {
        return t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.transaction.HeuristicMixedException
                || t instanceof jakarta.transaction.HeuristicRollbackException || t instanceof jakarta.transaction.SystemException;
    }
}
