package org.neascn.server.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.neascn.server.api.RecordView;
import org.neascn.server.workflow.FlowViews;
import org.neascn.server.workflow.Requests;
import java.util.List;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.ConsultationFlow;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Versions of the network's framework document. Filter: status; sort: id, name, number, status. */
@Path("networks/{network}/framework-versions")
@Tag(name = "Framework versions", description = "Versions of the network's framework document. Filter: status; sort: id, name, number, status.")
public class FrameworkVersionResource extends RegisterResource<FrameworkVersion> {

    @Override
    protected Register<FrameworkVersion, ?> register() {
        return Registers.FRAMEWORK_VERSIONS;
    }

    @Inject
    ConsultationFlow flow;

    @Override
    protected Stored<FrameworkVersion> change(String network, String id, FrameworkVersion record, long expectedVersion) {
        return flow.edit(network, id, record, expectedVersion);
    }

    @POST
    @Path("{id}/rounds")
    @Operation(summary = "The task force opens a consultation round on the version ({\"id\", \"opens\", \"deadline\"}); the version goes into consultation")
    @APIResponse(responseCode = "200", description = "The round, open")
    @APIResponse(responseCode = "409", description = "A round is open already, or the version is adopted (problem+json with rule and state)")
    public RecordView<ConsultationRound> open(@PathParam("network") String network, @PathParam("id") String id,
            ConsultationFlow.RoundRequest body) {
        return ConsultationRoundResource.view(flow.open(network, id, body));
    }

    @GET
    @Path("{id}/rounds")
    @Operation(summary = "The consultation rounds held on the version")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public List<RecordView<ConsultationRound>> rounds(@PathParam("network") String network, @PathParam("id") String id) {
        return flow.ofVersion(network, id).stream().map(ConsultationRoundResource::view).toList();
    }

    @POST
    @Path("{id}/adopt")
    @Operation(summary = "The task force adopts a consulted version whose rounds are closed; it is frozen from then on")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    @APIResponse(responseCode = "409", description = "Not consulted, a round still open, or adopted already (problem+json with rule and state)")
    public RecordView<FrameworkVersion> adopt(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Accept-Language") String language) {
        return FlowViews.of(Registers.FRAMEWORK_VERSIONS, flow.adopt(network, id, FlowViews.ifMatch(ifMatch)), language);
    }
}
