package org.neascn.framework.workflow.scap;

import java.util.Optional;
import org.neascn.model.scap.Scap;
import org.neascn.model.shared.Require;

/**
 * A plan just published, and the version it superseded if the member had one published.
 *
 * @param superseded the previous published version, now superseded; null for a first plan
 */
public record Publication(Scap published, Scap superseded) {

    public Publication {
        Require.present(published, "published");
    }

    public Optional<Scap> supersededPlan() {
        return Optional.ofNullable(superseded);
    }
}
