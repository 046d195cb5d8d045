package org.neascn.server.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up to date when the application starts: first the schema (Flyway, from
 * {@code db/migration}), then the reference data, which a fresh database receives once.
 * Readiness reports DOWN until both have succeeded. Several servers may start together on one
 * database: the setup runs under a {@link SetupLock}, so one migrates and loads, the others wait
 * and find it done. A setup that fails leaves the application deployed but not alive: liveness
 * reports DOWN with the reason, so an orchestrator restarts the server instead of keeping a
 * server that answers "UP" and can serve nothing.
 */
@ApplicationScoped
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    // Unshareable: the start runs outside any transaction, where Liberty keeps every shareable
    // connection a closed handle had until the start is over. Flyway's and the kind check's
    // connections then sat idle in the pool's count, and a small pool had none left for the
    // reference data's transaction.
    @Resource(lookup = "jdbc/neascn", shareable = false)
    DataSource dataSource;

    @Resource(lookup = "jdbc/neascn-direct", shareable = false)
    DataSource direct;

    @Inject
    ReferenceDataLoader loader;

    @Inject
    CommitNotifications notifications;

    private volatile boolean ready;
    private volatile String failure;
    private volatile DatabaseKind kind = DatabaseKind.OTHER;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            kind = kindOf(dataSource);
            try (SetupLock lock = SetupLock.acquire(direct, kind)) {
                setUp();
            }
            ready = true;
        } catch (RuntimeException e) {
            // Not rethrown: an application that failed to start is not asked by the health checks,
            // and liveness would say UP. Kept deployed, it says DOWN and why.
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "The database could not be set up; liveness reports DOWN", e);
        }
    }

    private void setUp() {
        MigrateResult migration = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader lists a folder only if it holds a file: db/migration
                // carries an empty flyway.location for that reason.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .skipDefaultCallbacks(true)
                .load()
                .migrate();
        // Flyway names no target version when there was nothing to migrate: the initial one stands.
        LOG.info(() -> "Database schema at version " + (migration.targetSchemaVersion != null
                ? migration.targetSchemaVersion : migration.initialSchemaVersion) + " ("
                + migration.migrationsExecuted + " migrations applied now)");
        // Before anything is written: the reference data's writes are announced like any other.
        notifications.start(kind);
        int loaded = loader.loadOnce() + loader.loadFinanciersOnce();
        LOG.info(() -> loaded == 0 ? "Reference data was loaded before" : "Loaded " + loaded + " reference records");
    }

    public boolean ready() {
        return ready;
    }

    /** Why the setup failed, if it did: the application then cannot serve until restarted. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The data source outside every transaction, whose few connections are not the requests' pool. */
    public DataSource direct() {
        return direct;
    }

    public DatabaseKind kind() {
        return kind;
    }

    private static DatabaseKind kindOf(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return DatabaseKind.of(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
