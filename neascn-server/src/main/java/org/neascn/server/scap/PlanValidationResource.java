package org.neascn.server.scap;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.scap.Scap;
import org.neascn.server.register.RegisterReader;

/**
 * Checks a plan as a save would read it, and stores nothing: the web application's editor
 * validates as the user types with the domain's own rules (the body reader and the record's
 * constructor), so those rules are never restated in the browser.
 */
@Path("networks/{network}/plans")
@Tag(name = "Plans")
public class PlanValidationResource {

    @Inject
    RegisterReader reader;

    @POST
    @Path("validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "validatePlan", summary = "Check a plan without saving it: 204 when it reads as a valid plan, "
            + "else the problem a save would answer, naming the fields")
    @APIResponse(responseCode = "204", description = "The plan is valid as a record (references and workflow are checked on save)")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong type or unknown field (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    @APIResponse(responseCode = "422", description = "A value breaks a rule of the domain; errors name the fields (problem+json)")
    public Response validate(@PathParam("network") String network, Scap plan) {
        reader.network(network);
        return Response.noContent().build();
    }
}
