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
 * objectives and projects of theirs that serve it, the partners that fit it, and any
 * sanctions flags.
 *
 * @param id           stable for the same theme and members ({@code s-} and 16 hex digits)
 * @param evidence     a fingerprint of the targets and projects it rests on; it changes when they do
 * @param title        the theme's short label (at most 60 characters in every language)
 * @param proposedLead the member with the strongest evidence among those no sanctions regime
 *                     covers; null when every member is covered (the secretariat then names one)
 * @param cohesion     the mean overlap score of the pairs that joined the group, in [0, 1]
 * @param alsoOn       the themes of suggestions with the same members that were merged into this one
 */
public record CooperationSuggestion(String id, String evidence, LocalizedText title, Theme theme, MemberId proposedLead,
                                    List<MemberId> members, List<TargetRef> targets, List<ProjectId> projects,
                                    List<PartnerFit> partners, double cohesion, List<SanctionsFlag> sanctions,
                                    List<Theme> alsoOn) {

    public CooperationSuggestion {
        members = List.copyOf(members);
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
        partners = List.copyOf(partners);
        sanctions = List.copyOf(sanctions);
        alsoOn = List.copyOf(alsoOn);
    }

    /** Whether a sanctions regime covers any of its members. */
    // JSON-B names a record's isX() "isX"; the API documents the property as the schema and web app read it.
    @JsonbProperty("flagged")
    public boolean isFlagged() {
        return !sanctions.isEmpty();
    }
}
