package org.neascn.framework.overlap.theme;

import java.util.List;
import java.util.Set;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.project.ProjectId;

/**
 * A partner that fits a suggested initiative: it plays one of the roles that suit cooperation
 * (a knowledge partner, an enabler, a financier) and already takes part in projects on the
 * theme, which are listed as the evidence.
 */
public record PartnerFit(PartnerId partner, Set<PartnerRole> roles, List<ProjectId> activeOn) {

    public PartnerFit {
        roles = Set.copyOf(roles);
        activeOn = List.copyOf(activeOn);
    }
}
