package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.neascn.server.database.DatabaseSetup;

/**
 * Ready when the schema is migrated, the reference data is in, and the database answers. The
 * question is asked on a connection of the small non-transactional pool, not the requests' pool:
 * when every request connection is taken, the server is busy, not broken, and readiness must
 * still answer at once (within the one-second validation timeout) rather than queue behind them.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseSetup setup;

    @Override
    public HealthCheckResponse call() {
        if (!setup.ready()) {
            return HealthCheckResponse.named("database").down().withData("reason", "schema or reference data not loaded yet").build();
        }
        try (Connection connection = setup.direct().getConnection()) {
            boolean valid = connection.isValid(1);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
