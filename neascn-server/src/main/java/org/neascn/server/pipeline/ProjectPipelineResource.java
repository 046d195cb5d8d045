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
import org.neascn.framework.readiness.ReadinessAssessment;
import org.neascn.framework.sanctions.ScreeningResult;

/**
 * One project's place in the pipeline: readiness, financier matches, sanctions screening. It
 * shares the projects' path with the register's resource (Jakarta REST matches a request among
 * the methods of every root resource of the same path).
 */
@Path("networks/{network}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline")
public class ProjectPipelineResource {

    private static final String RATE = PipelineResource.RATE;

    @Inject
    PipelineService service;

    @GET
    @Path("{id}/readiness")
    @Operation(summary = "How ready a project is for finance: score, level on the stage ladder, the gaps to the next stage "
            + "and to bankable rung by rung, with the city's recorded challenges in its own words; financier= judges it "
            + "through that financier's lenses as well (a climate fund asks for the climate benefit)")
    @APIResponse(responseCode = "200", description = "The assessment with every criterion and finding")
    @APIResponse(responseCode = "400", description = "An unreadable rate or an unknown financier (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network or project (problem+json)")
    public ReadinessAssessment readiness(
            @PathParam("network") String network,
            @Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The project") @PathParam("id") String id,
            @Parameter(description = RATE) @QueryParam("rate") List<String> rates,
            @Parameter(description = "A financier of the network whose lenses apply too, e.g. gcf") @QueryParam("financier") String financier) {
        return service.readiness(network, id, RateParameters.parse(rates), financier == null || financier.isBlank() ? null : financier.strip());
    }

    @GET
    @Path("{id}/financing-matches")
    @Operation(summary = "The financiers whose rules the project meets, ranked, with reasons; excludedBy names every rule "
            + "that excluded a financier; a sanctions-flagged project is held back with the reason; a fully funded project "
            + "is offered no financier and the answer says why; a partly funded one is judged on its remaining gap")
    @APIResponse(responseCode = "200", description = "The ranked financiers, or none and the reason the project is held back")
    @APIResponse(responseCode = "400", description = "An unreadable rate (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network or project (problem+json)")
    public FinancingMatches matches(
            @PathParam("network") String network,
            @Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The project") @PathParam("id") String id,
            @Parameter(description = RATE) @QueryParam("rate") List<String> rates) {
        return service.matches(network, id, RateParameters.parse(rates));
    }

    @GET
    @Path("{id}/sanctions-screening")
    @Operation(summary = "Screens a project against the network's sanctions regimes, explaining which rule applied")
    @APIResponse(responseCode = "200", description = "CLEAR, EXEMPTED, FLAGGED or UNRESOLVED, with the hits and exemptions")
    @APIResponse(responseCode = "404", description = "No such network or project (problem+json)")
    public ScreeningResult screening(
            @PathParam("network") String network,
            @Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The project") @PathParam("id") String id) {
        return service.screen(network, id);
    }
}
