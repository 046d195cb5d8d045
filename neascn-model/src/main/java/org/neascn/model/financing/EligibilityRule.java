package org.neascn.model.financing;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A rule about the project's country that a financier applies, stated against a named
 * country list of the reference data: "the country is an ADB borrowing member", "the country
 * is on the OECD DAC list of ODA recipients".
 *
 * @param id          unique within the financier ({@code adb-borrowing-member})
 * @param countryList the identifier of a {@link CountryList}
 */
public record EligibilityRule(String id, @NotNull(message = "is required") Condition condition, String countryList, @NotNull(message = "is required") LocalizedText explanation) {

    /** How the project's country must stand against the list. */
    public enum Condition { COUNTRY_IN_LIST, COUNTRY_NOT_IN_LIST }

    public EligibilityRule {
        Identifier.check(id, "id");
        Require.present(condition, "condition");
        Identifier.check(countryList, "countryList");
        Require.present(explanation, "explanation");
    }
}
