package org.neascn.framework.interchange.iati;

import java.util.Optional;
import java.util.function.Function;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;

/**
 * What an IATI export looks up beyond the records it writes: the network's organisations,
 * the plans whose periods date a project, and the projects an initiative links.
 */
public record IatiSources(
        OrganisationDirectory organisations,
        Function<ScapId, Optional<Scap>> plans,
        Function<ProjectId, Optional<Project>> projects) {

    public IatiSources {
        if (organisations == null || plans == null || projects == null) {
            throw new IllegalArgumentException("an IATI export needs organisations, plans and projects to look up");
        }
    }
}
