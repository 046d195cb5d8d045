package org.neascn.server.pipeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.framework.pipeline.ProspectsReport;
import org.neascn.server.export.CsvExport;

/** The project pipeline: how ready a project is, who could finance it, sanctions, and the network's figures. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline", description = "Bankability readiness, financier matching, sanctions screening, pipeline analytics, "
        + "the projects that attract financing (the seed's Q1) and common financing challenges (Q2). Amounts in different "
        + "currencies are combined only through rates the client supplies: repeated rate parameters such as "
        + "rate=KRW/USD:0.00072@2026-11-30~Bank%20of%20Korea.")
public class PipelineResource {

    static final String RATE = "Exchange rates, repeated: FROM/TO:rate@yyyy-mm-dd~source (1 FROM = rate TO on that day, "
            + "as the source published it; the source is required for converted totals), e.g. "
            + "KRW/USD:0.00072@2026-11-30~Bank of Korea";
    static final String FILTERS = "Filters, each repeatable (values are alternatives): member, country, stage, focusArea, "
            + "financingStatus. An unknown parameter or value is a 400 naming it.";

    @Inject
    PipelineService service;

    @Context
    UriInfo uri;

    @GET
    @Path("{network}/pipeline")
    @Operation(summary = "Counts, investment needed, secured funding and the financing gap, by stage, country, focus area, "
            + "financing status and member, in each original currency; converted into one currency when asked. " + FILTERS)
    @APIResponse(responseCode = "200", description = "The pipeline's figures, the rates used with their sources, and "
            + "per-project findings")
    @APIResponse(responseCode = "400", description = "An unknown parameter or value, an unreadable currency or rate, or a "
            + "converted total with a rate that names no source (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    @APIResponse(responseCode = "422", description = "Amounts in a currency with no supplied rate to the reporting currency; "
            + "the problem names the pair (problem+json)")
    public PipelineView pipeline(
            @PathParam("network") String network,
            @Parameter(in = ParameterIn.QUERY, name = "currency", description = "The reporting currency (ISO 4217); without it, totals stay in their original currencies") @jakarta.ws.rs.QueryParam("currency") String currency,
            @Parameter(in = ParameterIn.QUERY, name = "rate", description = RATE) @jakarta.ws.rs.QueryParam("rate") java.util.List<String> rate) {
        return service.summary(network, uri.getQueryParameters(), null);
    }

    @GET
    @Path("{network}/pipeline")
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The pipeline's figures as CSV (Accept: text/csv): one row per group and original currency, "
            + "and per group in the reporting currency when one is asked for; the same filters, currency and rates as the JSON")
    @APIResponse(responseCode = "200", description = "dimension,group,projects,costed,currency,totalCost,secured,gap")
    @APIResponse(responseCode = "400", description = "As the JSON figures (problem+json)")
    public Response pipelineCsv(@PathParam("network") String network) {
        return Response.ok(CsvExport.table(PipelineCsv.rows(service.summary(network, uri.getQueryParameters(), null))),
                "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"pipeline.csv\"").build();
    }

    @POST
    @Path("{network}/pipeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pipeline's figures with the exchange rates as a JSON body instead of rate parameters "
            + "(filters and currency stay in the query)")
    @APIResponse(responseCode = "200", description = "As GET")
    @APIResponse(responseCode = "400", description = "An unknown parameter or value, or a rate of the body that is "
            + "incomplete, names no source for a converted total, or repeats a pair (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    @APIResponse(responseCode = "422", description = "A currency with no supplied rate (problem+json)")
    public PipelineView pipelineWithRates(
            @PathParam("network") String network,
            RatesBody rates) {
        return service.summary(network, uri.getQueryParameters(), rates == null ? new RatesBody(null) : rates);
    }

    @GET
    @Path("{network}/financing-prospects")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Which kinds of projects attract financing, publicly or privately (the seed's Q1): matches and "
            + "possible matches by financier group, secured shares and the most common excluding rules, by focus area, "
            + "SDG target, stage, size band, instrument and country, network-wide and per country. CSV with Accept: text/csv "
            + "or format=csv. " + FILTERS)
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "An unknown parameter or value, or an unreadable rate (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public Response prospects(
            @PathParam("network") String network,
            @Parameter(in = ParameterIn.QUERY, name = "rate", description = RATE) @jakarta.ws.rs.QueryParam("rate") java.util.List<String> rate,
            @Context jakarta.ws.rs.core.HttpHeaders headers) {
        ProspectsReport report = service.prospects(network, uri.getQueryParameters());
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.valueOf("text/csv"))
                && !m.isWildcardType());
        if (csv) {
            return Response.ok(CsvExport.table(report.rows()), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"financing-prospects.csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{network}/financing-challenges")
    @Operation(summary = "The common financing challenges recorded on projects (the seed's Q2), filed under the taxonomy, "
            + "by frequency, country and stage")
    @APIResponse(responseCode = "200", description = "The challenge report")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public ChallengeView challenges(
            @PathParam("network") String network) {
        return service.challenges(network);
    }
}
