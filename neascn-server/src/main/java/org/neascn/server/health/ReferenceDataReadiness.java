package org.neascn.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.neascn.model.network.Network;
import org.neascn.model.reference.NetworkCatalogue;
import org.neascn.server.network.HostedNetworks;

/**
 * Ready once the reference data of the hosted networks has loaded and passed its checks. A
 * network directory that was refused is reported here, with its reason, but does not make the
 * server unready: every other network is served (the log says the same at start).
 */
@Readiness
@ApplicationScoped
public class ReferenceDataReadiness implements HealthCheck {

    @Inject
    HostedNetworks networks;

    @Override
    public HealthCheckResponse call() {
        try {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("reference-data").up()
                    .withData("networks", String.join(",", networks.networks().stream().map(Network::id)
                            .map(Object::toString).toList()))
                    .withData("refusedDirectories", networks.refused().size());
            int i = 0;
            for (NetworkCatalogue.Refusal refusal : networks.refused()) {
                response.withData("refused." + ++i, refusal.source() + ": " + refusal.problem());
            }
            return response.build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("reference-data").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
