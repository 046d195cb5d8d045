package org.neascn.framework.interchange.spreadsheet;

import java.util.List;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;

/**
 * A complete plan read from a template, with its priority projects, ready to be stored in
 * one transaction. It exists only when the whole file was valid.
 */
public record ImportedPlan(Scap plan, List<Project> projects) {

    public ImportedPlan {
        projects = List.copyOf(projects);
    }
}
