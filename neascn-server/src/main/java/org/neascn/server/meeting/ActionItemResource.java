package org.neascn.server.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import jakarta.ws.rs.HeaderParam;
import org.neascn.model.meeting.ActionItem;
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

    @Inject
    ActionItems items;

    @GET
    @Operation(summary = "Every action item of the network's meetings, overdue first: owner= (member:<id> or partner:<id>) for one owner's, status= (comma-separated) for some states, asOf= for the day overdue is judged on")
    @APIResponse(responseCode = "200", description = "The action items with their meetings")
    @APIResponse(responseCode = "400", description = "An owner, status or date that cannot be read (problem+json naming the parameter)")
    public List<ActionItems.ActionItemEntry> list(@PathParam("network") String network, @QueryParam("owner") String owner,
            @QueryParam("status") String status, @QueryParam("asOf") String asOf,
            @HeaderParam("Accept-Language") String language) {
        LocalDate day = date(asOf);
        return items.list(network, owner, statuses(status), day == null ? ActionItems.today() : day, language);
    }

    private static Set<ActionItem.Status> statuses(String value) {
        Set<ActionItem.Status> statuses = EnumSet.noneOf(ActionItem.Status.class);
        if (value == null || value.isBlank()) {
            return statuses;
        }
        for (String one : value.split(",")) {
            try {
                statuses.add(ActionItem.Status.valueOf(one.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("status", "'" + one.strip() + "' is not one of "
                        + Arrays.toString(ActionItem.Status.values()));
            }
        }
        return statuses;
    }

    private static LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidQueryException("asOf", "'" + asOf + "' is not a date (YYYY-MM-DD)");
        }
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Action items open or in progress after their due date, grouped per owner, most overdue first (asOf defaults to today)")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public List<MeetingFlow.OwnerOverdue> overdue(@PathParam("network") String network, @QueryParam("asOf") String asOf) {
        return flow.overdue(network, date(asOf));
    }
}
