package org.neascn.server.scap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.server.workflow.MonitoringFlow;

/** Progress of the network's published plans, rolled up per focus area and per member. */
@Path("networks/{network}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class ProgressResource {

    @Inject
    MonitoringFlow monitoring;

    @GET
    @Operation(summary = "Progress across published plans per focus area and per member; member= narrows to one member")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public MonitoringFlow.NetworkProgress progress(@PathParam("network") String network,
            @QueryParam("member") String member, @QueryParam("asOf") String asOf) {
        return monitoring.ofNetwork(network, member, PlanResource.day(asOf));
    }
}
