package org.neascn.server.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes the setup of a database (schema migration, then the reference data) one server's work
 * at a time. Servers started together on an empty PostgreSQL database would otherwise both find
 * "not loaded yet" and both insert the reference records, and the second would fail on the
 * first one's rows ("partners could not store 'wego'"). Flyway locks its own migration, but the
 * reference data load is ours: a session-level advisory lock around both lets the second server
 * wait, then find everything in place and only check it.
 *
 * <p>The lock lives on a connection of the non-transactional data source, held for the whole
 * setup and released explicitly: the pool keeps the physical connection open, so closing the
 * handle alone would not release it. On the embedded database there is one server process and
 * nothing to lock.
 */
final class SetupLock implements AutoCloseable {

    /** Any constant: every NEASCN server of a database must use the same one ("NEASCN" in ASCII). */
    static final long KEY = 0x4E454153434EL;

    private final Connection connection;

    private SetupLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other server is setting up the database, then holds it until {@link #close()}. */
    static SetupLock acquire(DataSource direct, DatabaseKind kind) {
        if (kind != DatabaseKind.POSTGRESQL) {
            return new SetupLock(null);
        }
        try {
            Connection connection = direct.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
                return new SetupLock(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the database's setup lock", e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Connection held = connection; PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // A lost connection has released its session's locks with it.
        }
    }
}
