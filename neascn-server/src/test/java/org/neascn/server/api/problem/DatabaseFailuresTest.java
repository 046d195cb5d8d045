package org.neascn.server.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aTerminatedConnectionBeforeTheCommitChangedNothing() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertEquals(Optional.of(DatabaseFailures.Outcome.NOT_APPLIED),
                DatabaseFailures.of(new PersistenceException("query failed", terminated)));
    }

    @Test
    void aConnectionThatCouldNotBeOpenedChangedNothing() {
        assertEquals(Optional.of(DatabaseFailures.Outcome.NOT_APPLIED),
                DatabaseFailures.of(new PersistenceException(new SQLTransientConnectionException("connection refused"))));
    }

    @Test
    void aWaitForAPooledConnectionInVainIsAnExhaustedPool() {
        assertEquals(Optional.of(DatabaseFailures.Outcome.POOL_EXHAUSTED), DatabaseFailures.of(
                new PersistenceException(new ConnectionWaitTimeoutException("J2CA0045E: Connection not available"))));
    }

    /** Named as Liberty's (com.ibm.websphere.ce.j2c), which the server does not compile against either. */
    private static final class ConnectionWaitTimeoutException extends SQLTransientConnectionException {
        ConnectionWaitTimeoutException(String message) {
            super(message);
        }
    }

    @Test
    void aConnectionLostInTheCommitLeavesTheOutcomeUnknown() {
        RollbackException commit = new RollbackException("commit failed");
        commit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertEquals(Optional.of(DatabaseFailures.Outcome.UNKNOWN), DatabaseFailures.of(new IllegalStateException(commit)));
    }

    @Test
    void aUniqueViolationIsNoDatabaseFailure() {
        assertEquals(Optional.empty(), DatabaseFailures.of(new PersistenceException(new SQLException("duplicate key", "23505"))));
    }

    @Test
    void aFailureWithoutSqlStateIsNoDatabaseFailure() {
        assertEquals(Optional.empty(), DatabaseFailures.of(new IllegalArgumentException("bad")));
    }
}
