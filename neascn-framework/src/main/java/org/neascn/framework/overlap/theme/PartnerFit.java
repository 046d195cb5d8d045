package org.neascn.framework.overlap.theme;

import java.util.List;
import java.util.Set;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.project.ProjectId;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * A partner that fits a suggested initiative: it plays one of the roles that suit cooperation
 * (a knowledge partner, an enabler, a financier) and works on the theme, by its own concepts
 * or focus areas, or by taking part in the members' projects on it.
 *
 * @param concepts   the partner's concepts that the theme's concept is, or is narrower or broader than
 * @param focusAreas the partner's focus areas that the suggestion's targets and projects carry
 * @param activeOn   the members' projects on the theme that the partner takes part in
 * @param reason     the fit in words, for people
 */
public record PartnerFit(PartnerId partner, Set<PartnerRole> roles, Set<String> concepts, Set<FocusAreaCode> focusAreas,
                         List<ProjectId> activeOn, String reason) {

    public PartnerFit {
        roles = Set.copyOf(roles);
        concepts = Set.copyOf(concepts);
        focusAreas = Set.copyOf(focusAreas);
        activeOn = List.copyOf(activeOn);
    }

    /** How strongly it fits: taking part in the projects weighs most, a shared concept next, a focus area least. */
    int strength() {
        return 4 * Math.min(activeOn.size(), 3) + 2 * concepts.size() + focusAreas.size();
    }
}
