package org.neascn.framework.overlap.theme;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.LocalizedText;

/**
 * A candidate cooperation initiative: members whose plans overlap on one theme, the
 * objectives and projects of theirs that serve it, partners already active on it, and any
 * sanctions flags.
 *
 * @param proposedLead the member most strongly connected to the others on this theme
 * @param cohesion     the mean overlap score of the pairs that joined the group, in [0, 1]
 */
public record CooperationSuggestion(LocalizedText title, Theme theme, MemberId proposedLead, List<MemberId> members,
                                    List<TargetRef> targets, List<ProjectId> projects, List<PartnerFit> partners,
                                    double cohesion, List<SanctionsFlag> sanctions) {

    public CooperationSuggestion {
        members = List.copyOf(members);
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
        partners = List.copyOf(partners);
        sanctions = List.copyOf(sanctions);
    }

    /** Whether a sanctions regime covers any of its members. */
    // JSON-B names a record's isX() "isX"; the API documents the property as the schema and web app read it.
    @JsonbProperty("flagged")
    public boolean isFlagged() {
        return !sanctions.isEmpty();
    }
}
