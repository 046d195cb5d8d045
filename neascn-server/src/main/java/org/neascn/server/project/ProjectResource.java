package org.neascn.server.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.project.Project;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.server.api.RecordView;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;
import org.neascn.server.workflow.ExemptionFlow;
import org.neascn.server.workflow.FlowViews;

/** Priority projects in the pipeline. Filters: member, plan, stage, country, financingStatus, focusArea, q; sort: id, name, stage, country, financingStatus, member. */
@Path("networks/{network}/projects")
@Tag(name = "Projects", description = "Priority projects in the pipeline. Filters: member, plan, stage, country, financingStatus, focusArea, q; sort: id, name, stage, country, financingStatus, member.")
public class ProjectResource extends RegisterResource<Project> {

    @Inject
    ExemptionFlow exemptions;

    @Override
    protected Register<Project, ?> register() {
        return Registers.PROJECTS;
    }

    @POST
    @Path("{id}/sanctions-exemptions")
    @Operation(summary = "Records a sanctions exemption (secretariat only): regime, authority, reference, granted, expires")
    @APIResponse(responseCode = "200", description = "Recorded; on the audit trail and the member's timeline")
    public RecordView<Project> recordExemption(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("Accept-Language") String language, SanctionsExemption body) {
        return FlowViews.of(Registers.PROJECTS, exemptions.forProject(network, id, body), language);
    }
}
