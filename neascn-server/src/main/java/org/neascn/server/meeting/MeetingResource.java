package org.neascn.server.meeting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.neascn.framework.interchange.calendar.MeetingCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.neascn.server.api.RecordView;
import org.neascn.server.workflow.FlowViews;
import org.neascn.server.workflow.Requests;
import org.neascn.framework.workflow.meeting.ActionDraft;
import org.neascn.model.meeting.Takeaway;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.MeetingFlow;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.meeting.Meeting;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Meetings of the network with their agenda, takeaways and action items. Filter: type; sort: id, name, start, type. */
@Path("networks/{network}/meetings")
@Tag(name = "Meetings", description = "Meetings of the network with their agenda, takeaways and action items. Filter: type; sort: id, name, start, type.")
public class MeetingResource extends RegisterResource<Meeting> {

    @Override
    protected Register<Meeting, ?> register() {
        return Registers.MEETINGS;
    }

    @Inject
    MeetingFlow flow;

    @Inject
    MeetingCalendars calendars;

    @Context
    UriInfo requestUri;

    @GET
    @Path("{id}")
    @Produces(MeetingCalendar.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "The meeting as an iCalendar file (RFC 5545), asked for with Accept: text/calendar")
    @APIResponse(responseCode = "200", description = "text/calendar: one VEVENT in the meeting's time zone, with its VTIMEZONE")
    @APIResponse(responseCode = "404", description = "No such meeting (problem+json)")
    public Response calendar(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language) {
        return calendarFile(network, id, language);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @Operation(summary = "The meeting as an iCalendar file to download (RFC 5545), for links")
    @APIResponse(responseCode = "200", description = "text/calendar: one VEVENT in the meeting's time zone, with its VTIMEZONE")
    @APIResponse(responseCode = "404", description = "No such meeting (problem+json)")
    public Response calendarFile(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language) {
        String ics = calendars.of(network, id, language, requestUri.getBaseUri().resolve("/"));
        return Response.ok(ics, MeetingCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + ".ics\"").build();
    }

    @POST
    @Path("{id}/takeaways")
    @Operation(summary = "The secretariat records a takeaway of a meeting that has begun")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json with rule and state)")
    @APIResponse(responseCode = "409", description = "The meeting has not begun (problem+json with rule and state)")
    public RecordView<Meeting> takeaway(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, Takeaway body) {
        return view(flow.recordTakeaway(network, id, body), language);
    }

    @POST
    @Path("{id}/takeaways/{takeaway}/action-items")
    @Operation(summary = "Turns a recorded takeaway into an open action item (key, description, owner, due, initiative, project)")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Meeting> actionFromTakeaway(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("takeaway") String takeaway, @HeaderParam("Accept-Language") String language, ActionDraft body) {
        return view(flow.actionFromTakeaway(network, id, takeaway, body), language);
    }

    @POST
    @Path("{id}/agenda-outcomes")
    @Operation(summary = "Records an agenda item's outcome as a takeaway and turns it into an action item, in one step")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Meeting> actionFromAgendaItem(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, MeetingFlow.AgendaOutcome body) {
        return view(flow.actionFromAgendaItem(network, id, body), language);
    }

    @POST
    @Path("{id}/action-items/{action}/status")
    @Operation(summary = "The action item's owner or the secretariat moves it: open ⇄ in progress → done or cancelled")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    @APIResponse(responseCode = "409", description = "Done and cancelled are final (problem+json with rule and state)")
    public RecordView<Meeting> actionStatus(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("action") String action, @HeaderParam("Accept-Language") String language,
            Requests.ActionStatus body) {
        return view(flow.changeActionStatus(network, id, action, body == null ? null : body.status()), language);
    }

    private static RecordView<Meeting> view(Stored<Meeting> stored, String language) {
        return FlowViews.of(Registers.MEETINGS, stored, language);
    }
}
