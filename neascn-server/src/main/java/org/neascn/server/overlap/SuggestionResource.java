package org.neascn.server.overlap;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.framework.overlap.theme.SuggestionDecision;

/** The secretariat's decisions on suggested cooperation initiatives: accept one as a proposed initiative, or dismiss it. */
@Path("networks/{network}/suggested-initiatives/{suggestion}")
@Produces(MediaType.APPLICATION_JSON)
// Declared so that /openapi describes the bodies (lead, reason): without it the document had none.
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overlaps")
@AnalysisRead
public class SuggestionResource {

    @Inject
    SuggestionBoard board;

    @POST
    @Path("accept")
    @Operation(summary = "Accepts a suggestion: it becomes a proposed initiative with its members, theme, targets and projects")
    @APIResponse(responseCode = "201", description = "The proposed initiative and the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionBoard.Accepted.class)))
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json)")
    @APIResponse(responseCode = "404", description = "No such suggestion (problem+json)")
    @APIResponse(responseCode = "409", description = "Already decided, or the initiative identifier is taken (problem+json)")
    @APIResponse(responseCode = "422", description = "A lead outside the suggestion, or none where every member is under sanctions")
    public Response accept(@PathParam("network") String network, @PathParam("suggestion") String suggestion,
                           SuggestionRequests.Acceptance body) {
        SuggestionBoard.Accepted accepted = board.accept(network, suggestion,
                body == null ? new SuggestionRequests.Acceptance(null, null, null) : body);
        return Response.created(UriBuilder.fromPath("networks/{network}/initiatives/{id}")
                .build(network, accepted.initiative().id().value())).entity(accepted).build();
    }

    @POST
    @Path("dismiss")
    @Operation(summary = "Dismisses a suggestion with a reason; it is not suggested again until its evidence changes")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json)")
    @APIResponse(responseCode = "404", description = "No such suggestion (problem+json)")
    @APIResponse(responseCode = "409", description = "Already decided on this evidence (problem+json)")
    @APIResponse(responseCode = "422", description = "No reason given, or one too long (problem+json naming reason)")
    public SuggestionDecision dismiss(@PathParam("network") String network, @PathParam("suggestion") String suggestion,
                                      SuggestionRequests.Dismissal body) {
        return board.dismiss(network, suggestion, body == null ? null : body.reason());
    }
}
