package org.neascn.model.consultation;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** The task force's answer to one comment, always with its reason. */
public record Disposition(@NotNull(message = "is required") Decision decision, @NotNull(message = "is required") LocalizedText reason) {

    public enum Decision { ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED }

    public Disposition {
        Require.present(decision, "decision");
        Require.present(reason, "reason");
    }
}
