package org.neascn.model.partner;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Set;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * An organisation that supports a network in one or more roles.
 *
 * @param acronym      the short name people use (TCS, URC, ADB), or null
 * @param headquarters the country of its seat, or null for one that has none to speak of
 * @param website      may be null
 * @param focusAreas   the focus areas it works in, by which it fits a cooperation theme (empty: not stated)
 * @param concepts     the thesaurus concepts it works on ({@code pm25}, {@code district-heating}); empty: not stated
 */
public record Partner(
        @NotNull(message = "is required") PartnerId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") LocalizedText name,
        String acronym,
        @NotNull(message = "is required") OrganisationType type,
        Set<PartnerRole> roles,
        CountryCode headquarters,
        URI website,
        Set<FocusAreaCode> focusAreas,
        Set<String> concepts) {

    public Partner {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(name, "name");
        acronym = Require.maxLength(Require.optionalText(acronym), 20, "acronym");
        Require.present(type, "type");
        roles = Require.set(roles, "roles");
        Require.that(!roles.isEmpty(), "roles", "needs at least one role");
        focusAreas = Require.set(focusAreas, "focusAreas");
        concepts = Require.set(concepts, "concepts");
        int i = 0;
        for (String concept : concepts) {
            Identifier.check(concept, "concepts[" + i++ + "]");
        }
    }

    public boolean plays(PartnerRole role) {
        return roles.contains(role);
    }
}
