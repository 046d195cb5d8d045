package org.neascn.model.initiative;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.shared.Require;

/** A partner taking part in an initiative, in an IATI organisation role. */
public record InitiativePartner(@NotNull(message = "is required") PartnerId partner, @NotNull(message = "is required") OrganisationRole role) {

    public InitiativePartner {
        Require.present(partner, "partner");
        Require.present(role, "role");
    }
}
