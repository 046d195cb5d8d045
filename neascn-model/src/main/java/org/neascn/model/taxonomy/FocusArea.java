package org.neascn.model.taxonomy;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** One focus area of a taxonomy: a domain of city life that plans and projects address. */
public record FocusArea(@NotNull(message = "is required") FocusAreaCode code, @NotNull(message = "is required") LocalizedText name, LocalizedText description) {

    public FocusArea {
        Require.present(code, "code");
        Require.present(name, "name");
    }
}
