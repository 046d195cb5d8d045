package org.neascn.framework.workflow.scap;

import java.util.List;
import java.util.Set;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.Change;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.model.scap.Scap;

/**
 * What changed in a member's plan between two of its versions: targets, indicators, focus
 * areas, vision texts per language, projects. The plan's identity and lifecycle (id, version
 * number, status) differ between any two versions by construction and are left out, so the
 * reader sees only what the city changed.
 */
public final class PlanDiff {

    private static final Set<String> IDENTITY = Set.of("id", "version", "status");

    private PlanDiff() {
    }

    public static List<Change> between(Scap older, Scap newer) {
        if (!older.member().equals(newer.member()) || !older.network().equals(newer.network())) {
            throw WorkflowException.unprocessable("scap.diff.different-plans", newer.status(),
                    "versions compare only within one member's plan (" + older.member() + " vs " + newer.member()
                            + ")");
        }
        return RecordDiff.between(older, newer).stream().filter(c -> !IDENTITY.contains(c.path())).toList();
    }
}
