package org.neascn.model.financing;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Require;

/**
 * The rungs of the stage ladder a financier supports, both ends included. The Gap Fund, for
 * one, supports preparation only up to pre-feasibility.
 */
public record StageWindow(@NotNull(message = "is required") Stage from, @NotNull(message = "is required") Stage to) {

    public StageWindow {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!to.isBefore(from), "to", "must not come before " + from + " on the stage ladder");
    }

    public boolean contains(Stage stage) {
        return !stage.isBefore(from) && !to.isBefore(stage);
    }
}
