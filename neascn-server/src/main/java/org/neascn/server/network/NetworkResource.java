package org.neascn.server.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.network.Network;

/**
 * The networks the server hosts (the shipped ones and those of its networks directory), each with
 * its terminology and languages; their registers are resources of their own.
 */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Networks", description = "Regional smart-city networks")
public class NetworkResource {

    @Inject
    HostedNetworks hosted;

    @GET
    @Operation(summary = "All networks this server hosts")
    public List<Network> networks() {
        return hosted.networks();
    }

    @GET
    @Path("{network}")
    @Operation(summary = "One network: its countries, taxonomy, sanctions regimes, terminology and languages")
    @APIResponse(responseCode = "200", description = "The network")
    @APIResponse(responseCode = "404", description = "The server hosts no such network (problem+json)")
    public Network network(@PathParam("network") String network) {
        return hosted.get(network).network();
    }
}
