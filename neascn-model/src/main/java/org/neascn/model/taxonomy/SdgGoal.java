package org.neascn.model.taxonomy;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * One of the 17 Sustainable Development Goals and the targets under it that the reference
 * data carries. Invariant: every target belongs to this goal.
 */
public record SdgGoal(int number, @NotNull(message = "is required") LocalizedText name, List<SdgTarget> targets) {

    public SdgGoal {
        Require.that(number >= 1 && number <= 17, "number", "must be between 1 and 17 (was " + number + ")");
        Require.present(name, "name");
        targets = Require.list(targets, "targets");
        for (int i = 0; i < targets.size(); i++) {
            Require.that(targets.get(i).code().goal() == number, "targets[" + i + "].code",
                    "target " + targets.get(i).code() + " does not belong to goal " + number);
        }
    }
}
