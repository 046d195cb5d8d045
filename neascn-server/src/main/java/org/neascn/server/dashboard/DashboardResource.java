package org.neascn.server.dashboard;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The network's dashboard figures in one read, for the web application's first screen. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "A network at a glance: counts, focus-area mix, missing data, recent activity")
public class DashboardResource {

    @Inject
    DashboardService service;

    @GET
    @Path("{network}/dashboard")
    @Operation(operationId = "getDashboard", summary = "Members by country and status, plans by status, projects by stage "
            + "and financing status, the focus-area mix, missing data and recent activity, from the records the caller may read")
    @APIResponse(responseCode = "200", description = "The dashboard's figures")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public DashboardView dashboard(@PathParam("network") String network,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return service.of(network, acceptLanguage);
    }
}
