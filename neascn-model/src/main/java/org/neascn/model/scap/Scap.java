package org.neascn.model.scap;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * One version of a member's smart city action plan.
 *
 * <p>Invariants: a period; a vision; target keys unique within the plan; every focus area of
 * a target is also a focus area of the plan; the version counts from 1.
 *
 * @param projects the plan's priority projects, each its own record in the pipeline
 */
public record Scap(
        @NotNull(message = "is required") ScapId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") MemberId member,
        int version,
        @NotNull(message = "is required") YearPeriod period,
        @NotNull(message = "is required") LocalizedText vision,
        Set<FocusAreaCode> focusAreas,
        List<StrategicTarget> targets,
        List<ProjectId> projects,
        @NotNull(message = "is required") ScapStatus status) {

    public Scap {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(member, "member");
        Require.that(version >= 1, "version", "counts from 1 (was " + version + ")");
        Require.present(period, "period");
        Require.present(vision, "vision");
        focusAreas = Require.set(focusAreas, "focusAreas");
        targets = Require.list(targets, "targets");
        projects = Require.list(projects, "projects");
        Require.present(status, "status");
        Require.that(targets.stream().map(StrategicTarget::key).distinct().count() == targets.size(),
                "targets", "keys must be unique within a plan");
        for (int i = 0; i < targets.size(); i++) {
            for (FocusAreaCode area : targets.get(i).focusAreas()) {
                Require.that(focusAreas.contains(area), "targets[" + i + "].focusAreas",
                        "uses focus area '" + area + "', which is not among the plan's focus areas " + focusAreas);
            }
        }
    }

    public Scap withStatus(ScapStatus newStatus) {
        return new Scap(id, network, member, version, period, vision, focusAreas, targets, projects, newStatus);
    }
}
