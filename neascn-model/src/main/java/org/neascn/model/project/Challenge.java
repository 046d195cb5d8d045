package org.neascn.model.project;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A difficulty a project faces, in the city's words, and where known its category in the
 * network's financing-challenge taxonomy ({@code no-revenue-model}, {@code currency-risk}).
 *
 * @param category a challenge category code, or null until someone files it
 */
public record Challenge(@NotNull(message = "is required") LocalizedText text, String category) {

    public Challenge {
        Require.present(text, "text");
        category = Require.optionalText(category);
    }
}
