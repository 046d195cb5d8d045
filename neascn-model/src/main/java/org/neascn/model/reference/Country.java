package org.neascn.model.reference;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A country a network spans, with its name in its own language, its currency and the
 * languages its cities write plans in (BCP 47 tags).
 */
public record Country(@NotNull(message = "is required") CountryCode code, @NotNull(message = "is required") LocalizedText name, @NotNull(message = "is required") CurrencyCode currency, List<String> languages) {

    public Country {
        Require.present(code, "code");
        Require.present(name, "name");
        Require.present(currency, "currency");
        languages = Require.list(languages, "languages").stream()
                .map(tag -> LocalizedText.canonicalTag(tag, "languages"))
                .toList();
    }
}
