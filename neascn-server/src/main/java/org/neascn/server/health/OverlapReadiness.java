package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.neascn.server.overlap.LiveOverlaps;

/**
 * The overlap analyses are built at start in the background, and do not hold up readiness: a
 * server is ready when it can serve, and while an analysis is still being built its readers wait
 * for it (the build takes seconds at the network's scale; the rest of the API answers at once).
 * Whether they are warm is in the data: {@code warm} is true once every hosted network's analysis
 * serves, and each network's state follows ("building", "warm since …, built in … ms from N plans
 * …; now N plans …", "building again …" while an analysis is rebuilt after missed commits, the
 * old one serving meanwhile). DOWN only when a network has no analysis and its build failed
 * ("failed …" with the reason): its readers then wait for a new build that may fail again.
 */
@Readiness
@ApplicationScoped
public class OverlapReadiness implements HealthCheck {

    @Inject
    LiveOverlaps overlaps;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("overlap analysis").up();
        boolean warm = true;
        for (LiveOverlaps.State state : overlaps.states()) {
            response.withData(state.network(), state.description());
            warm &= state.warm();
            if (state.failed()) {
                response.down();
            }
        }
        return response.withData("warm", warm).build();
    }
}
