package org.neascn.framework.interchange.iati;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;

/**
 * What an IATI export looks up beyond the records it writes: the network's organisations,
 * the plans whose periods date a project, the projects an initiative links, and the initiatives
 * a project serves (its parent activities).
 */
public record IatiSources(
        OrganisationDirectory organisations,
        Function<ScapId, Optional<Scap>> plans,
        Function<ProjectId, Optional<Project>> projects,
        Function<ProjectId, List<InitiativeId>> initiativesOf) {

    public IatiSources {
        if (organisations == null || plans == null || projects == null || initiativesOf == null) {
            throw new IllegalArgumentException("an IATI export needs organisations, plans, projects and initiatives to look up");
        }
    }

    /** Sources without initiatives to link a project to. */
    public IatiSources(OrganisationDirectory organisations, Function<ScapId, Optional<Scap>> plans,
            Function<ProjectId, Optional<Project>> projects) {
        this(organisations, plans, projects, project -> List.of());
    }
}
