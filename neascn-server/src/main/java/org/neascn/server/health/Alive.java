package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.neascn.server.database.DatabaseSetup;

/**
 * The application started and answers; whether it can serve now is the readiness checks'
 * question. An application whose start failed (its database could not be set up) is not alive:
 * only a restart brings it back, and this is how an orchestrator learns that it must restart it.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

    @Inject
    DatabaseSetup setup;

    @Override
    public HealthCheckResponse call() {
        return setup.failure()
                .map(reason -> HealthCheckResponse.named("application").down().withData("startFailed", reason).build())
                .orElseGet(() -> HealthCheckResponse.up("application"));
    }
}
