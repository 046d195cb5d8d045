package org.neascn.framework.pipeline;

import java.util.Set;
import java.util.function.Predicate;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Which projects a pipeline report covers: those of any of the members, countries, stages, focus
 * areas and financing statuses named; an empty set does not restrict. Values within one field
 * are alternatives, fields together all apply.
 */
public record PipelineFilter(Set<MemberId> members, Set<CountryCode> countries, Set<Stage> stages,
        Set<FocusAreaCode> focusAreas, Set<FinancingStatus> financingStatuses) implements Predicate<Project> {

    /** Every project. */
    public static final PipelineFilter ALL = new PipelineFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public PipelineFilter {
        members = Require.set(members, "members");
        countries = Require.set(countries, "countries");
        stages = Require.set(stages, "stages");
        focusAreas = Require.set(focusAreas, "focusAreas");
        financingStatuses = Require.set(financingStatuses, "financingStatuses");
    }

    @Override
    public boolean test(Project p) {
        return (members.isEmpty() || members.contains(p.member()))
                && (countries.isEmpty() || countries.contains(p.location().country()))
                && (stages.isEmpty() || stages.contains(p.stage()))
                && (focusAreas.isEmpty() || p.focusAreas().stream().anyMatch(focusAreas::contains))
                && (financingStatuses.isEmpty() || financingStatuses.contains(p.financingStatus()));
    }
}
