package org.neascn.model.sanctions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A sanctions regime that a network screens against. Anything that involves a member in one
 * of its countries is flagged, never routed to financing automatically, and proceeds only
 * with a recorded exemption from the regime's exemption authority.
 *
 * @param instruments the legal acts, each cited as people cite it ("UNSCR 2321 (2016), para. 32")
 * @param exemptionAuthority who may grant case-by-case exemptions (the 1718 Committee)
 */
public record SanctionsRegime(
        String id,
        @NotNull(message = "is required") LocalizedText name,
        Set<CountryCode> countries,
        List<String> instruments,
        @NotNull(message = "is required") LocalizedText restriction,
        @NotBlank(message = "is required and must not be blank") String exemptionAuthority,
        URI source) {

    public SanctionsRegime {
        Identifier.check(id, "id");
        Require.present(name, "name");
        countries = Require.set(countries, "countries");
        Require.that(!countries.isEmpty(), "countries", "needs at least one country");
        instruments = Require.list(instruments, "instruments");
        Require.present(restriction, "restriction");
        exemptionAuthority = Require.text(exemptionAuthority, "exemptionAuthority");
    }

    public boolean covers(CountryCode country) {
        return countries.contains(country);
    }
}
