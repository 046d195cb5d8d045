package org.neascn.framework.workflow.scap;

import org.neascn.model.scap.Scap;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** A plan the secretariat sent back to its member, with what it asks to be revised. */
public record ReturnedPlan(Scap plan, LocalizedText comments) {

    public ReturnedPlan {
        Require.present(plan, "plan");
        Require.present(comments, "comments");
    }
}
