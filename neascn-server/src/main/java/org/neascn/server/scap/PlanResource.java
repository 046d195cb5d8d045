package org.neascn.server.scap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.framework.workflow.history.Change;
import org.neascn.model.scap.Scap;
import org.neascn.server.api.RecordView;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.FlowViews;
import org.neascn.server.workflow.MonitoringFlow;
import org.neascn.server.workflow.PlanFlow;
import org.neascn.server.workflow.Requests;
import org.neascn.server.workflow.Revisions;

/**
 * Smart city action plans (SCAPs), their lifecycle (submit, return, publish, next version),
 * every saved revision with a diff between two, and indicator monitoring. Drafts are visible
 * only to their member and the secretariat; published plans are read-only.
 */
@Path("networks/{network}/plans")
@Tag(name = "Plans", description = "Smart city action plans (SCAPs); drafts are visible only to their member and the secretariat. Filters: member, status, focusArea; sort: id, name, member, version, status. Lifecycle: draft → submitted → returned for revision / published → superseded; a published plan is read-only (409 scap.edit.published-read-only).")
public class PlanResource extends RegisterResource<Scap> {

    @Inject
    PlanFlow flow;

    @Inject
    MonitoringFlow monitoring;

    @Override
    protected Register<Scap, ?> register() {
        return Registers.PLANS;
    }

    @Override
    protected Stored<Scap> store(String network, Scap record) {
        return flow.create(network, record);
    }

    @Override
    protected Stored<Scap> change(String network, String id, Scap record, long expectedVersion) {
        return flow.update(network, id, record, expectedVersion);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "The member's editor submits a draft or returned plan for review")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "403", description = "Not an editor of the plan's member (problem+json with rule and state)")
    @APIResponse(responseCode = "409", description = "Not a draft or returned plan (problem+json with rule and state)")
    public RecordView<Scap> submit(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language) {
        return FlowViews.of(Registers.PLANS, flow.submit(network, id, FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The secretariat returns a submitted plan for revision, with comments")
    @APIResponse(responseCode = "200", description = "Returned for revision")
    @APIResponse(responseCode = "409", description = "Not submitted (problem+json with rule and state)")
    @APIResponse(responseCode = "422", description = "No comments (problem+json with rule and state)")
    public RecordView<Scap> returnForRevision(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language,
            Requests.Comments body) {
        return FlowViews.of(Registers.PLANS, flow.returnForRevision(network, id, body == null ? null : body.comments(),
                FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "The secretariat publishes a submitted plan that passes the publication checks; the member's previous published version is superseded")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json with rule and state)")
    @APIResponse(responseCode = "409", description = "Not submitted (problem+json with rule and state)")
    @APIResponse(responseCode = "422", description = "Fails a publication check (problem+json naming the rule)")
    public RecordView<Scap> publish(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language) {
        return FlowViews.of(Registers.PLANS, flow.publish(network, id, FlowViews.ifMatch(ifMatch)), language);
    }

    @POST
    @Path("{id}/next-version")
    @Operation(summary = "The member's editor starts the next version, a new draft under a new id, from the published plan")
    @APIResponse(responseCode = "200", description = "The new draft")
    @APIResponse(responseCode = "409", description = "The plan is not published (problem+json with rule and state)")
    public RecordView<Scap> nextVersion(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, Requests.NextVersion body) {
        return FlowViews.of(Registers.PLANS, flow.startNextVersion(network, id, body == null ? null : body.id()), language);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every saved revision of the plan: number (the ETag it had), when and by whom")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public List<Revisions.Revision> versions(@PathParam("network") String network, @PathParam("id") String id) {
        return flow.revisions(network, id);
    }

    @GET
    @Path("{id}/versions/{n}")
    @Operation(summary = "The plan as it was saved in revision n")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    @APIResponse(responseCode = "404", description = "No such plan or revision (problem+json)")
    public Scap version(@PathParam("network") String network, @PathParam("id") String id, @PathParam("n") String n) {
        return flow.revision(network, id, number("n", n));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed between two saved revisions, field by field (from and to are revision numbers)")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public List<Change> diff(@PathParam("network") String network, @PathParam("id") String id,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return flow.diff(network, id, number("from", from), number("to", to));
    }

    @POST
    @Path("{id}/targets/{target}/indicators/{indicator}/measurements")
    @Operation(summary = "The member's editor enters a measurement of an indicator of its published plan")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Scap> enterMeasurement(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("target") String target, @PathParam("indicator") String indicator,
            @HeaderParam("Accept-Language") String language, Requests.MeasurementEntry body) {
        if (body == null || body.value() == null || body.date() == null) {
            throw new org.neascn.model.shared.InvalidValueException(body == null || body.value() == null ? "value" : "date",
                    "is required");
        }
        return FlowViews.of(Registers.PLANS,
                monitoring.enter(network, id, target, indicator, body.value(), body.date(), body.note()), language);
    }

    @POST
    @Path("{id}/targets/{target}/indicators/{indicator}/measurements/{index}/approve")
    @Operation(summary = "The secretariat approves an entered measurement (index from 0 in the indicator's list), optionally with a remark ({\"comment\": \"…\"}); the review is stamped with who and when")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Scap> approveMeasurement(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("target") String target, @PathParam("indicator") String indicator,
            @PathParam("index") String index, @HeaderParam("Accept-Language") String language,
            Requests.MeasurementApproval body) {
        return FlowViews.of(Registers.PLANS, monitoring.approve(network, id, target, indicator,
                (int) number("index", index), body == null ? null : body.comment()), language);
    }

    @POST
    @Path("{id}/targets/{target}/indicators/{indicator}/measurements/{index}/return")
    @Operation(summary = "The secretariat returns an entered measurement to the member, saying why")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<Scap> returnMeasurement(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("target") String target, @PathParam("indicator") String indicator,
            @PathParam("index") String index, @HeaderParam("Accept-Language") String language,
            Requests.MeasurementReturn body) {
        return FlowViews.of(Registers.PLANS, monitoring.returnMeasurement(network, id, target, indicator,
                (int) number("index", index), body == null ? null : body.reason()), language);
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "Progress of the plan per strategic target and per indicator (ProgressRollup, default policy)")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public MonitoringFlow.PlanProgress progress(@PathParam("network") String network, @PathParam("id") String id,
            @QueryParam("asOf") String asOf) {
        return monitoring.ofPlan(network, id, day(asOf));
    }

    static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidQueryException("asOf", "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static long number(String parameter, String value) {
        if (value == null || !value.strip().matches("[0-9]{1,9}")) {
            throw new InvalidQueryException(parameter, "'" + value + "' is not a whole number");
        }
        return Long.parseLong(value.strip());
    }
}
