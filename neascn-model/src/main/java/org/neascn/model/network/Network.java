package org.neascn.model.network;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
 * @param countries        the countries whose cities may join; at least one
 * @param taxonomy         the identifier of the taxonomy its plans use
 * @param sanctionsRegimes identifiers of the sanctions regimes its screening applies
 * @param launched         the day the network was launched, or null while in preparation
 * @param website          may be null
 * @param terminology      what the network calls its plans and its members; the software's own
 *                         words ({@link Terminology#DEFAULT}) when the network names none
 * @param languages        the languages the network works in (BCP 47 tags, its working language
 *                         first, no repeats); English alone when it names none
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
        URI website,
        Terminology terminology,
        List<String> languages) {

    /** The canonical constructor, which JSON-B binds to (the record has a second, shorter one). */
    @JsonbCreator
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
        terminology = terminology == null ? Terminology.DEFAULT : terminology;
        languages = Require.list(languages, "languages").stream()
                .map(tag -> LocalizedText.canonicalTag(tag, "languages")).toList();
        Require.that(languages.stream().distinct().count() == languages.size(), "languages", "names a language twice");
        languages = languages.isEmpty() ? List.of("en") : languages;
    }

    /** A network in the shape it had before terminology and languages: the software's words, in English. */
    public Network(NetworkId id, LocalizedText name, String acronym, LocalizedText description, PartnerId secretariat,
            Set<CountryCode> countries, String taxonomy, Set<String> sanctionsRegimes, LocalDate launched, URI website) {
        this(id, name, acronym, description, secretariat, countries, taxonomy, sanctionsRegimes, launched, website,
                null, null);
    }
}
