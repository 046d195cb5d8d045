package org.neascn.model.initiative;

import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.shared.Require;

/** A partner taking part in an initiative, in an IATI organisation role. */
public record InitiativePartner(PartnerId partner, OrganisationRole role) {

    public InitiativePartner {
        Require.present(partner, "partner");
        Require.present(role, "role");
    }
}
