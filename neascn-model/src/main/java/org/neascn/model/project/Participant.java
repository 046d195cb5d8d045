package org.neascn.model.project;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.Require;

/**
 * An organisation taking part in a project in one role. It is either one of the network's
 * own members or partners, or an outside organisation named by text (a utility, a ministry).
 *
 * @param organisation a member or partner of the network, or null for an outside organisation
 * @param name         the outside organisation's name; required when {@code organisation} is null
 */
public record Participant(OrganisationRef organisation, LocalizedText name, @NotNull(message = "is required") OrganisationRole role) {

    public Participant {
        Require.that(organisation != null || name != null, "organisation",
                "name a member or partner of the network, or give the organisation's name");
        Require.present(role, "role");
    }
}
