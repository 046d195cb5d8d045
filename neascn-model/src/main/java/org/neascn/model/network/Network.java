package org.neascn.model.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A regional network of cities that share smart city action plans and pursue cooperation
 * initiatives together, run by a secretariat.
 *
 * @param countries       the countries whose cities may join; at least one
 * @param taxonomy        the identifier of the taxonomy its plans use
 * @param sanctionsRegimes identifiers of the sanctions regimes its screening applies
 * @param launched        the day the network was launched, or null while in preparation
 * @param website         may be null
 */
public record Network(
        @NotNull(message = "is required") NetworkId id,
        @NotNull(message = "is required") LocalizedText name,
        @NotBlank(message = "is required and must not be blank") String acronym,
        LocalizedText description,
        @NotNull(message = "is required") PartnerId secretariat,
        Set<CountryCode> countries,
        String taxonomy,
        Set<String> sanctionsRegimes,
        LocalDate launched,
        URI website) {

    public Network {
        Require.present(id, "id");
        Require.present(name, "name");
        acronym = Require.maxLength(Require.text(acronym, "acronym"), 20, "acronym");
        Require.present(secretariat, "secretariat");
        countries = Require.set(countries, "countries");
        Require.that(!countries.isEmpty(), "countries", "needs at least one country");
        Identifier.check(taxonomy, "taxonomy");
        sanctionsRegimes = Require.set(sanctionsRegimes, "sanctionsRegimes");
        sanctionsRegimes.forEach(r -> Identifier.check(r, "sanctionsRegimes"));
    }
}
