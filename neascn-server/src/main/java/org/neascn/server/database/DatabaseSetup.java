package org.neascn.server.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up to date when the application starts: first the schema (Flyway, from
 * {@code db/migration}), then the reference data, which a fresh database receives once.
 * Readiness reports DOWN until both have succeeded.
 */
@ApplicationScoped
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Resource(lookup = "jdbc/neascn")
    DataSource dataSource;

    @Inject
    ReferenceDataLoader loader;

    @Inject
    CommitNotifications notifications;

    private volatile boolean ready;
    private volatile DatabaseKind kind = DatabaseKind.OTHER;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MigrateResult migration = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader lists a folder only if it holds a file: db/migration
                // carries an empty flyway.location for that reason.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .skipDefaultCallbacks(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + migration.targetSchemaVersion + " ("
                + migration.migrationsExecuted + " migrations applied now)");
        kind = kindOf(dataSource);
        // Before anything is written: the reference data's writes are announced like any other.
        notifications.start(kind);
        int loaded = loader.loadOnce() + loader.loadFinanciersOnce();
        LOG.info(() -> loaded == 0 ? "Reference data was loaded before" : "Loaded " + loaded + " reference records");
        ready = true;
    }

    public boolean ready() {
        return ready;
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
