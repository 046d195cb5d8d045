package org.neascn.framework.readiness;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * How a project fares on one criterion: met or not, and the evidence found or the gap, so an
 * assessment says why for each criterion. A criterion whose lens does not apply to the project
 * is neither met nor missed: it is left out of the score and the gaps.
 *
 * @param explanation the evidence found when met ("Feasibility study completed 2020-06-01"),
 *                    the criterion's gap in plain words when not, why it does not apply otherwise
 * @param applicable  whether the criterion's lens applies (always, for a general criterion)
 * @param cityWords   the financing challenges the city recorded against this criterion
 */
public record CriterionResult(Criterion criterion, boolean met, String explanation, boolean applicable,
        List<LocalizedText> cityWords) {

    /** The canonical constructor, the one JSON binding uses. */
    @JsonbCreator
    public CriterionResult {
        Require.present(criterion, "criterion");
        explanation = Require.text(explanation, "explanation");
        Require.that(applicable || !met, "met", "a criterion that does not apply is not met");
        cityWords = Require.list(cityWords, "cityWords");
    }

    public CriterionResult(Criterion criterion, boolean met, String explanation) {
        this(criterion, met, explanation, true, List.of());
    }

    /** Whether the criterion applies and its evidence is absent. */
    public boolean isGap() {
        return applicable && !met;
    }
}
