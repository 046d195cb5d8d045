package org.neascn.tests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of a test's own, created empty on the server of the PostgreSQL pass
 * ({@code -Ppostgresql}, which passes {@code neascn.test.db.url}); outside that pass the tests
 * that need one are skipped, with the reason.
 */
record TestDatabase(String url, String user, String password) {

    /** Creates the named database afresh (dropping what an earlier run left) and returns it. */
    static TestDatabase createEmpty(String name) {
        TestDatabase server = server();
        String admin = server.url();
        server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        server.execute("CREATE DATABASE " + name);
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return new TestDatabase(admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query)),
                server.user(), server.password());
    }

    /** The pass's own database, from which others are created, closed and opened again; skips the test outside that pass. */
    static TestDatabase server() {
        String admin = System.getProperty("neascn.test.db.url", "");
        Assumptions.assumeTrue(admin.startsWith("jdbc:postgresql:"),
                "needs PostgreSQL: runs in the PostgreSQL pass (mvn verify -Ppostgresql)");
        return new TestDatabase(admin, System.getProperty("neascn.test.db.user", "postgres"),
                System.getProperty("neascn.test.db.password", ""));
    }

    /** Ends every session on this database but the caller's own, as a database restart or fail-over would. */
    void dropConnections() {
        server().rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name()
                + "' AND pid <> pg_backend_pid()");
    }

    /** Lets new connections to this database in, or refuses them (existing sessions are not touched). */
    void allowConnections(boolean allowed) {
        server().execute("ALTER DATABASE " + name() + " ALLOW_CONNECTIONS " + allowed);
    }

    /**
     * Takes a table's strongest lock on a connection of the test's own and keeps it until closed:
     * every statement of the server on that table then waits in the database, holding its pooled
     * connection, as statements behind a long migration or a stuck transaction would.
     */
    AutoCloseable lockTable(String table) {
        try {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
            }
            return () -> {
                try (connection) {
                    connection.rollback();
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("LOCK TABLE " + table + ": " + e.getMessage(), e);
        }
    }

    /** How many sessions on this database wait for a lock now. */
    int waitingForLocks() {
        return Integer.parseInt(server().rows("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + name()
                + "' AND wait_event_type = 'Lock'").get(0));
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a query, each as its columns' text joined by '|'. */
    List<String> rows(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(rows.getString(c));
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }
}
