package org.neascn.model.person;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.Require;

/**
 * A person who speaks for, or works at, an organisation of the network.
 *
 * @param name         the name as the person writes it (Nobutsugu Miyama), in one or more scripts
 * @param title        the job title (Program Officer), or null when not known
 * @param organisation the member or partner they belong to, or null for an independent expert
 * @param email        may be null; never published to anonymous readers
 */
public record Person(
        @NotNull(message = "is required") PersonId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") LocalizedText name,
        LocalizedText title,
        OrganisationRef organisation,
        String email) {

    public Person {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(name, "name");
        email = Require.optionalText(email);
        Require.that(email == null || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                "'" + email + "' is not an e-mail address");
    }
}
