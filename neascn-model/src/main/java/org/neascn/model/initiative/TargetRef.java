package org.neascn.model.initiative;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.Require;

/** A strategic target of a member's plan that an initiative serves. */
public record TargetRef(@NotNull(message = "is required") ScapId plan, String target) {

    public TargetRef {
        Require.present(plan, "plan");
        Identifier.check(target, "target");
    }
}
