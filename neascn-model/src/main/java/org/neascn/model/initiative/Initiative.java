package org.neascn.model.initiative;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A cooperation initiative: members working together on a shared theme.
 *
 * <p>Invariants: at least two participating members, the lead among them; a status; a
 * suspended or cancelled initiative says why.
 *
 * @param statusReason why it was suspended or cancelled; null otherwise
 */
public record Initiative(
        @NotNull(message = "is required") InitiativeId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") LocalizedText title,
        @NotNull(message = "is required") Theme theme,
        @NotNull(message = "is required") MemberId lead,
        Set<MemberId> members,
        List<InitiativePartner> partners,
        List<TargetRef> targets,
        List<ProjectId> projects,
        List<Milestone> milestones,
        @NotNull(message = "is required") InitiativeStatus status,
        LocalizedText statusReason,
        List<SanctionsExemption> sanctionsExemptions) {

    public Initiative {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(title, "title");
        Require.present(theme, "theme");
        Require.present(lead, "lead");
        members = Require.set(members, "members");
        Require.that(members.size() >= 2, "members",
                "a cooperation initiative needs at least two members (has " + members.size() + ")");
        Require.that(members.contains(lead), "lead", "must be one of the participating members");
        partners = Require.list(partners, "partners");
        targets = Require.list(targets, "targets");
        projects = Require.list(projects, "projects");
        milestones = Require.list(milestones, "milestones");
        Require.present(status, "status");
        Require.that(statusReason != null
                        || (status != InitiativeStatus.SUSPENDED && status != InitiativeStatus.CANCELLED),
                "statusReason", "is required when an initiative is " + status.name().toLowerCase(java.util.Locale.ROOT));
        sanctionsExemptions = Require.list(sanctionsExemptions, "sanctionsExemptions");
    }
}
