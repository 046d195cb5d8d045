package org.neascn.model.project;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * The public body that carries a project out. Bankability rests either on the project's own
 * cash flows or on a creditworthy public implementer, so its credit rating matters.
 *
 * @param creditRating a rating such as {@code Moody's A1}, or null when it has none
 */
public record ImplementingAgency(@NotNull(message = "is required") LocalizedText name, String creditRating) {

    public ImplementingAgency {
        Require.present(name, "name");
        creditRating = Require.optionalText(creditRating);
    }

    @JsonbTransient
    public boolean isRated() {
        return creditRating != null;
    }
}
