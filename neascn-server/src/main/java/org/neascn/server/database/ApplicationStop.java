package org.neascn.server.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leaves the embedded database's files complete when the application stops, so that a normal
 * stop is never a crash for H2: {@code CHECKPOINT SYNC} writes every committed change and forces
 * the operating system to put it on the device.
 *
 * <p>Not {@code SHUTDOWN}: Liberty's connection pool outlives the application (a redeploy, or
 * the test suite's deployment per test class, reuses it), and a pooled connection to a database
 * shut down answers "database closed" rather than reconnecting. Every commit is already written
 * when it is acknowledged ({@code WRITE_DELAY=0;REUSE_SPACE=FALSE} in the data source's URL); the checkpoint makes
 * the stop also leave the files synced. PostgreSQL needs neither: it is durable at commit.
 */
@ApplicationScoped
public class ApplicationStop {

    private static final Logger LOG = Logger.getLogger(ApplicationStop.class.getName());

    @Inject
    DatabaseSetup database;

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (database.kind() != DatabaseKind.H2) {
            return;
        }
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
            LOG.info("Embedded database checkpointed and synced on stop");
        } catch (SQLException e) {
            // Nothing more can be done while stopping; every acknowledged commit was written already.
            LOG.log(Level.WARNING, "The embedded database could not be checkpointed on stop", e);
        }
    }
}
