package org.neascn.server.project;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.project.Project;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Priority projects in the pipeline. Filters: member, plan, stage, country, financingStatus, focusArea, q; sort: id, name, stage, country, financingStatus, member. */
@Path("networks/{network}/projects")
@Tag(name = "Projects", description = "Priority projects in the pipeline. Filters: member, plan, stage, country, financingStatus, focusArea, q; sort: id, name, stage, country, financingStatus, member.")
public class ProjectResource extends RegisterResource<Project> {

    @Override
    protected Register<Project, ?> register() {
        return Registers.PROJECTS;
    }
}
