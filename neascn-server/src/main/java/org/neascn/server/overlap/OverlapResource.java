package org.neascn.server.overlap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.framework.overlap.Overlap;
import org.neascn.server.api.QueryNumbers;
import org.neascn.server.export.CsvExport;

/**
 * Overlaps across the network's action plans, and the cooperation initiatives they suggest. The
 * class path is the networks' own ({@code networks}), shared with the network resource, so that
 * {@code GET networks/{network}} stays that resource's.
 */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overlaps", description = "Where action plans overlap (shared focus areas, SDG targets, indicator categories, "
        + "similar targets and projects in any of the network's languages) and the cooperation initiatives that suggests. "
        + "Built from the plans the caller may read: the public sees published plans only.")
@AnalysisRead
public class OverlapResource {

    @Inject
    OverlapService service;

    @Inject
    SuggestionBoard board;

    @GET
    @Path("{network}/overlaps")
    @Operation(summary = "The plans that overlap most with one plan, best first, with score, components and evidence")
    @APIResponse(responseCode = "200", description = "Top overlaps of the plan")
    @APIResponse(responseCode = "400", description = "No plan named, or a limit out of range (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network, or no such plan visible to the caller (problem+json)")
    public OverlapList overlaps(
            @PathParam("network") String network,
            @Parameter(description = "The plan whose overlaps are wanted", required = true, example = "ulaanbaatar-scap-1") @QueryParam("plan") String plan,
            @Parameter(description = "How many overlaps, 1 to the configured top-k (default: all of the top-k, 10 unless configured)") @QueryParam("limit") String limit) {
        String id = QueryNumbers.required("plan", plan);
        return new OverlapList(id, service.overlaps(network, id, QueryNumbers.whole("limit", limit, OverlapService.SETTINGS.topK())),
                service.omitted(network));
    }

    @GET
    @Path("{network}/overlaps/matrix")
    @Produces("text/csv")
    @Operation(summary = "The overlap matrix as CSV: a row and a column per plan the caller may read, each cell the "
            + "column plan's score among the row plan's top overlaps (empty when not among them)")
    @APIResponse(responseCode = "200", description = "plan,member, then one column per plan")
    public Response matrix(@PathParam("network") String network) {
        return Response.ok(CsvExport.table(service.matrix(network)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"overlap-matrix.csv\"").build();
    }

    @GET
    @Path("{network}/overlaps/{planA}/{planB}")
    @Operation(summary = "Why two plans overlap: score, components and evidence item by item (score 0 when they share nothing)")
    @APIResponse(responseCode = "200", description = "The explained overlap")
    @APIResponse(responseCode = "404", description = "No such network or plan visible to the caller (problem+json)")
    public Overlap explain(
            @PathParam("network") String network,
            @Parameter(in = ParameterIn.PATH, name = "planA", required = true, description = "One plan") @PathParam("planA") String planA,
            @Parameter(in = ParameterIn.PATH, name = "planB", required = true, description = "The other plan") @PathParam("planB") String planB) {
        return service.explain(network, planA, planB);
    }

    @GET
    @Path("{network}/suggested-initiatives")
    @Operation(summary = "Candidate cooperation initiatives: themes three or more members share, with members, targets, "
            + "projects, fitting partners and any sanctions flag; those the secretariat accepted, or dismissed on the same evidence, "
            + "are left out")
    @APIResponse(responseCode = "200", description = "The suggestions, largest and most cohesive first")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public SuggestionList suggestions(
            @PathParam("network") String network) {
        return new SuggestionList(board.open(network), service.omitted(network));
    }
}
