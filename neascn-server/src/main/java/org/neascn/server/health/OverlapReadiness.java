package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.neascn.server.overlap.LiveOverlaps;

/**
 * Ready once the overlap analysis of every hosted network is warm: built at start in the
 * background, so that no reader waits for it. Each network's state is in the data ("building",
 * "warm since …, built in … ms from N plans …; now N plans …", "building again …" while an
 * analysis is rebuilt after missed commits, the old one serving meanwhile, or "failed …" with
 * the reason).
 */
@Readiness
@ApplicationScoped
public class OverlapReadiness implements HealthCheck {

    @Inject
    LiveOverlaps overlaps;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("overlap analysis").up();
        for (LiveOverlaps.State state : overlaps.states()) {
            response.withData(state.network(), state.description());
            if (!state.warm()) {
                response.down();
            }
        }
        return response.build();
    }
}
