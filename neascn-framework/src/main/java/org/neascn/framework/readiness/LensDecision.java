package org.neascn.framework.readiness;

import org.neascn.model.shared.Require;

/**
 * Whether a lens of the rubric applied to a project, and why: the project falls under it, a
 * financier judged names it, or neither (its criteria were then left out of the score).
 */
public record LensDecision(String lens, boolean applies, String because) {

    public LensDecision {
        lens = Require.text(lens, "lens");
        because = Require.text(because, "because");
    }
}
