package org.neascn.model.consultation;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** A section of the framework document; feedback is anchored to its key. */
public record Section(String key, @NotNull(message = "is required") LocalizedText heading, @NotNull(message = "is required") LocalizedText body) {

    public Section {
        Identifier.check(key, "key");
        Require.present(heading, "heading");
        Require.present(body, "body");
    }
}
