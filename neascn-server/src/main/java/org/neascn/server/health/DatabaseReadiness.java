package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.neascn.server.database.DatabaseOutage;
import org.neascn.server.database.DatabaseSetup;

/**
 * Ready when the schema is migrated, the reference data is in, and the database answers. The
 * question is asked on a connection of the small non-transactional pool, not the requests' pool:
 * when every request connection is taken, the server is busy, not broken, and readiness must
 * still answer at once (within the one-second validation timeout) rather than queue behind them.
 *
 * <p>What it finds goes to {@link DatabaseOutage}, which logs an outage's beginning and end once;
 * Liberty's own warning for every DOWN answer is hidden in server.xml (an orchestrator asks every
 * few seconds).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseSetup setup;

    @Inject
    DatabaseOutage outage;

    @Override
    public HealthCheckResponse call() {
        if (!setup.ready()) {
            return HealthCheckResponse.named("database").down().withData("reason", "schema or reference data not loaded yet").build();
        }
        try (Connection connection = setup.direct().getConnection()) {
            if (!connection.isValid(1)) {
                outage.unreachable("a pooled connection did not answer within 1 s");
                return HealthCheckResponse.named("database").down().withData("error", "no answer within 1 s").build();
            }
            outage.answered();
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            outage.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
