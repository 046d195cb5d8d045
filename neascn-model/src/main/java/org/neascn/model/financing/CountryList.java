package org.neascn.model.financing;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A named list of countries that eligibility rules refer to (ADB members, the OECD DAC list
 * of ODA recipients). A list says what it knows: {@code coverage} names the countries whose
 * standing it records, so a country outside the coverage is "not known", never silently
 * "not on the list".
 *
 * @param coverage the countries the list speaks for; every listed country is among them
 * @param verified whether the list was checked against its source on {@code asOf}
 */
public record CountryList(
        String id,
        @NotNull(message = "is required") LocalizedText name,
        Set<CountryCode> countries,
        Set<CountryCode> coverage,
        URI source,
        LocalDate asOf,
        boolean verified) {

    /** Whether a country is on the list, off it, or outside what the list knows. */
    public enum Standing { LISTED, NOT_LISTED, NOT_KNOWN }

    public CountryList {
        Identifier.check(id, "id");
        Require.present(name, "name");
        countries = Require.set(countries, "countries");
        coverage = Require.set(coverage, "coverage");
        for (CountryCode c : countries) {
            Require.that(coverage.contains(c), "coverage", "must include every listed country; " + c + " is missing");
        }
    }

    public Standing standingOf(CountryCode country) {
        if (countries.contains(country)) {
            return Standing.LISTED;
        }
        return coverage.contains(country) ? Standing.NOT_LISTED : Standing.NOT_KNOWN;
    }
}
