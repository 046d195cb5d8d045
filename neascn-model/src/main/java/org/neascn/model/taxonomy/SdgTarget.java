package org.neascn.model.taxonomy;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** One target of a Sustainable Development Goal, with its official wording. */
public record SdgTarget(@NotNull(message = "is required") SdgTargetCode code, @NotNull(message = "is required") LocalizedText text) {

    public SdgTarget {
        Require.present(code, "code");
        Require.present(text, "text");
    }
}
