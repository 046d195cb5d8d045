package org.neascn.server.pipeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The project pipeline: how ready a project is, who could finance it, sanctions, and the network's figures. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline", description = "Bankability readiness, financier matching, sanctions screening, pipeline analytics "
        + "and common financing challenges. Amounts in different currencies are combined only through rates the client "
        + "supplies: repeated rate parameters such as rate=USD/MNT:2850@2021-06-30.")
public class PipelineResource {

    static final String RATE = "Exchange rates, repeated: FROM/TO:rate@yyyy-mm-dd (1 FROM = rate TO on that day), "
            + "e.g. USD/MNT:2850@2021-06-30";

    @Inject
    PipelineService service;

    @GET
    @Path("{network}/pipeline")
    @Operation(summary = "Counts, investment needed, secured funding and the financing gap, by stage, country, focus area "
            + "and financing status, in one currency")
    @APIResponse(responseCode = "200", description = "The pipeline's figures, the rates used and per-project findings")
    @APIResponse(responseCode = "400", description = "An unreadable currency or rate (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    @APIResponse(responseCode = "422", description = "Amounts in a currency with no supplied rate to the reporting currency; "
            + "the problem names the pair (problem+json)")
    public PipelineView pipeline(
            @Parameter(in = ParameterIn.PATH, name = "network", required = true, description = "The network, e.g. neascn") @PathParam("network") String network,
            @Parameter(description = "The reporting currency (ISO 4217, default USD)", example = "USD") @QueryParam("currency") String currency,
            @Parameter(description = RATE) @QueryParam("rate") List<String> rates) {
        return service.summary(network, currency, RateParameters.parse(rates));
    }

    @GET
    @Path("{network}/financing-challenges")
    @Operation(summary = "The common financing challenges recorded on projects, filed under the taxonomy, by frequency, "
            + "country and stage")
    @APIResponse(responseCode = "200", description = "The challenge report")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public ChallengeView challenges(
            @Parameter(in = ParameterIn.PATH, name = "network", required = true, description = "The network, e.g. neascn") @PathParam("network") String network) {
        return service.challenges(network);
    }
}
