package org.neascn.framework.readiness;

import org.neascn.model.shared.Require;

/**
 * How a project fares on one criterion: met or not, and the evidence found or the gap, so an
 * assessment says why for each criterion.
 *
 * @param explanation the evidence found when met ("Feasibility study completed 2020-06-01"),
 *                    the criterion's gap in plain words when not
 */
public record CriterionResult(Criterion criterion, boolean met, String explanation) {

    public CriterionResult {
        Require.present(criterion, "criterion");
        explanation = Require.text(explanation, "explanation");
    }
}
