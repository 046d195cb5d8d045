package org.neascn.server.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.workflow.MeetingFlow;

/** The network's action items that chase: those still open after their due date, per owner. */
@Path("networks/{network}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class ActionItemResource {

    @Inject
    MeetingFlow flow;

    @GET
    @Path("overdue")
    @Operation(summary = "Action items open or in progress after their due date, grouped per owner, most overdue first (asOf defaults to today)")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public List<MeetingFlow.OwnerOverdue> overdue(@PathParam("network") String network, @QueryParam("asOf") String asOf) {
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidQueryException("asOf", "'" + asOf + "' is not a date (YYYY-MM-DD)");
            }
        }
        return flow.overdue(network, day);
    }
}
