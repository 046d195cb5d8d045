package org.neascn.server.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.Disposition;
import org.neascn.server.api.RecordView;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.ConsultationFlow;

/**
 * Consultation rounds on framework versions: members and partners comment on sections, the
 * task force (secretariat) disposes of every comment and closes the round. A round is opened
 * from its framework version ({@code POST framework-versions/{id}/rounds}).
 */
@Path("networks/{network}/consultation-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultation", description = "Consultation rounds on framework versions: comments from members and partners, the task force's dispositions, closing (refused while a comment lacks a disposition).")
public class ConsultationRoundResource {

    @Inject
    ConsultationFlow flow;

    static RecordView<ConsultationRound> view(Stored<ConsultationRound> stored) {
        // A round has no name of its own: it is shown by its identifier, which is in no language.
        return new RecordView<>(stored.record().id().value(), stored.record().id().value(), null, stored.version(),
                stored.record());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a round with its comments and dispositions")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public RecordView<ConsultationRound> get(@PathParam("network") String network, @PathParam("id") String id) {
        return view(flow.get(network, id));
    }

    @POST
    @Path("{id}/feedback")
    @Operation(summary = "A member or partner comments on a section ({\"id\", \"section\", \"comment\"}) while the round is open")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    @APIResponse(responseCode = "403", description = "The public and the secretariat do not comment (problem+json with rule)")
    public RecordView<ConsultationRound> comment(@PathParam("network") String network, @PathParam("id") String id,
            ConsultationFlow.CommentRequest body) {
        return view(flow.comment(network, id, body));
    }

    @POST
    @Path("{id}/feedback/{feedback}/disposition")
    @Operation(summary = "The task force records its answer to a comment ({\"decision\": \"ACCEPTED\", \"reason\": {...}})")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    @APIResponse(responseCode = "403", description = "Only the task force disposes of comments (problem+json with rule)")
    public RecordView<ConsultationRound> dispose(@PathParam("network") String network, @PathParam("id") String id,
            @PathParam("feedback") String feedback, Disposition body) {
        return view(flow.dispose(network, id, feedback, body));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "The task force closes the round")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    @APIResponse(responseCode = "409", description = "A comment lacks a disposition (consultation.close.open-comments)")
    public RecordView<ConsultationRound> close(@PathParam("network") String network, @PathParam("id") String id) {
        return view(flow.close(network, id));
    }
}
