package org.neascn.server.initiative;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.neascn.server.api.RecordView;
import org.neascn.server.workflow.FlowViews;
import org.neascn.server.workflow.Requests;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.Milestone;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.ExemptionFlow;
import org.neascn.server.workflow.InitiativeFlow;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.server.workflow.TimelineFlow;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.initiative.Initiative;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Cooperation initiatives, kept by their lead member. Filters: status, member; sort: id, name, status. */
@Path("networks/{network}/initiatives")
@Tag(name = "Initiatives", description = "Cooperation initiatives, kept by their lead member. Filters: status, member; sort: id, name, status.")
public class InitiativeResource extends RegisterResource<Initiative> {

    @Override
    protected Register<Initiative, ?> register() {
        return Registers.INITIATIVES;
    }

    @Inject
    InitiativeFlow flow;

    @Inject
    ExemptionFlow exemptions;

    @Inject
    TimelineFlow timelines;

    @Inject
    InitiativeBoard board;

    @POST
    @Path("{id}/{move: endorse|start-preparation|seek-financing|start-implementation|complete}")
    @Operation(summary = "Moves the initiative one step: endorse (secretariat), start-preparation, seek-financing, start-implementation, complete (secretariat or lead); moves toward financing are screened for sanctions")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "403", description = "Not allowed for this caller (problem+json with rule and state)")
    @APIResponse(responseCode = "409", description = "Not in the state this move starts from (problem+json with rule and state)")
    @APIResponse(responseCode = "422", description = "Blocked by a rule, e.g. initiative.sanctions.blocked or requires-two-members")
    public RecordView<Initiative> move(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("move") String move, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Accept-Language") String language) {
        return view(flow.move(network, id, InitiativeFlow.Move.of(move), FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspends an open initiative, with a reason")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> suspend(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language,
            Requests.Reason body) {
        return view(flow.suspend(network, id, body == null ? null : body.reason(), FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancels an open or suspended initiative for good, with a reason")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> cancel(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language,
            Requests.Reason body) {
        return view(flow.cancel(network, id, body == null ? null : body.reason(), FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resumes a suspended initiative into an open state ({\"to\": \"IN_PREPARATION\"}); screened when it moves toward financing")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> resume(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language,
            Requests.Resume body) {
        return view(flow.resume(network, id, body == null ? null : body.to(), FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "A member joins ({\"member\": \"seoul\"}); by its own editor or the secretariat")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> join(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, Requests.MemberRef body) {
        return view(flow.join(network, id, body == null ? null : body.member()), language);
    }

    @DELETE
    @Path("{id}/members/{member}")
    @Operation(summary = "A member leaves; the lead hands over first, and two members always remain")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> leave(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("member") String member, @HeaderParam("Accept-Language") String language) {
        return view(flow.leave(network, id, member), language);
    }

    @POST
    @Path("{id}/hand-over")
    @Operation(summary = "The lead hands the lead to another participating member ({\"member\": \"shanghai\"})")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> handOver(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, Requests.MemberRef body) {
        return view(flow.handOver(network, id, body == null ? null : body.member()), language);
    }

    @POST
    @Path("{id}/partners")
    @Operation(summary = "Adds a partner in a role ({\"partner\": \"adb\", \"role\": \"FUNDING\"})")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> addPartner(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, InitiativePartner body) {
        return view(flow.addPartner(network, id, body), language);
    }

    @DELETE
    @Path("{id}/partners/{partner}")
    @Operation(summary = "Removes a partner from every role it holds in the initiative")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> removePartner(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("partner") String partner, @HeaderParam("Accept-Language") String language) {
        return view(flow.removePartner(network, id, partner), language);
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "Plans a milestone (status PLANNED)")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> planMilestone(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, Milestone body) {
        return view(flow.planMilestone(network, id, body), language);
    }

    @POST
    @Path("{id}/milestones/{index}/settle")
    @Operation(summary = "Records how a planned milestone turned out ({\"outcome\": \"REACHED\"}); index from 0")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Initiative> settleMilestone(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("index") String index, @HeaderParam("Accept-Language") String language, Requests.Settle body) {
        if (index == null || !index.matches("[0-9]{1,6}")) {
            throw new InvalidQueryException("index", "'" + index + "' is not a milestone number");
        }
        return view(flow.settleMilestone(network, id, Integer.parseInt(index), body == null ? null : body.outcome()),
                language);
    }

    @POST
    @Path("{id}/sanctions-exemptions")
    @Operation(summary = "Records a sanctions exemption (secretariat only): regime, authority, reference, granted, expires")
    @APIResponse(responseCode = "200", description = "Recorded; on the audit trail and the initiative's timeline")
    public RecordView<Initiative> recordExemption(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, SanctionsExemption body) {
        return view(exemptions.forInitiative(network, id, body), language);
    }

    @GET
    @Path("{id}/sanctions-screening")
    @Operation(summary = "Screens an initiative against the network's sanctions regimes: CLEAR, EXEMPTED, FLAGGED or UNRESOLVED, with the rule that applied and what an exemption needs")
    @APIResponse(responseCode = "200", description = "The screening result")
    @APIResponse(responseCode = "404", description = "No such initiative (problem+json)")
    public ScreeningResult screening(@PathParam("network") String network, @PathParam("id") String id) {
        return board.screen(network, id);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The initiative's story from the audit trail, oldest first")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public TimelineFlow.TimelineView timeline(@PathParam("network") String network, @PathParam("id") String id) {
        return timelines.ofInitiative(network, id);
    }

    private static RecordView<Initiative> view(Stored<Initiative> stored, String language) {
        return FlowViews.of(Registers.INITIATIVES, stored, language);
    }
}
