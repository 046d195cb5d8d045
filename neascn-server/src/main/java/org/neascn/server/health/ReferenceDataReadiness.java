package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.neascn.model.reference.ReferenceData;

/** Ready once the reference data has loaded and passed its checks. */
@Readiness
@ApplicationScoped
public class ReferenceDataReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            int networks = ReferenceData.standard().networks().size();
            return HealthCheckResponse.named("reference-data").up().withData("networks", networks).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("reference-data").down().withData("error", e.getMessage()).build();
        }
    }
}
