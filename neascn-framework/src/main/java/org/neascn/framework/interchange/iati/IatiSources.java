package org.neascn.framework.interchange.iati;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.neascn.framework.interchange.LastChanges;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;

/**
 * What an IATI export looks up beyond the records it writes: the network's organisations,
 * the plans whose periods date a project, the projects an initiative links, the initiatives
 * a project serves (its parent activities), and when each record last changed (its {@code
 * last-updated-datetime}; {@link LastChanges#NONE} when that is not known).
 */
public record IatiSources(
        OrganisationDirectory organisations,
        Function<ScapId, Optional<Scap>> plans,
        Function<ProjectId, Optional<Project>> projects,
        Function<ProjectId, List<InitiativeId>> initiativesOf,
        LastChanges lastChanges) {

    public IatiSources {
        if (organisations == null || plans == null || projects == null || initiativesOf == null || lastChanges == null) {
            throw new IllegalArgumentException("an IATI export needs organisations, plans, projects, initiatives and"
                    + " last changes to look up");
        }
    }

    /** Sources that do not know when records last changed: activities carry no {@code last-updated-datetime}. */
    public IatiSources(OrganisationDirectory organisations, Function<ScapId, Optional<Scap>> plans,
            Function<ProjectId, Optional<Project>> projects, Function<ProjectId, List<InitiativeId>> initiativesOf) {
        this(organisations, plans, projects, initiativesOf, LastChanges.NONE);
    }

    /** Sources without initiatives to link a project to. */
    public IatiSources(OrganisationDirectory organisations, Function<ScapId, Optional<Scap>> plans,
            Function<ProjectId, Optional<Project>> projects) {
        this(organisations, plans, projects, project -> List.of());
    }
}
