package org.neascn.framework.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.neascn.model.project.Stage;

/**
 * The way from the evidence's level to bankable: for each rung up to the rubric's bankable rung,
 * the applicable criteria it requires that are not met. Rungs at or below the level have none by
 * the level's definition, so the list starts where the evidence stops.
 */
final class BankablePath {

    private BankablePath() {
    }

    static List<RungGaps> of(List<CriterionResult> results, Stage bankableAt) {
        List<RungGaps> path = new ArrayList<>();
        for (Stage rung : Stage.values()) {
            if (bankableAt.isBefore(rung)) {
                break;
            }
            List<Gap> gaps = new ArrayList<>();
            for (CriterionResult r : results) {
                if (r.isGap() && r.criterion().requiredFor() == rung) {
                    gaps.add(new Gap(r.criterion().id(), rung, r.explanation(), r.cityWords()));
                }
            }
            if (!gaps.isEmpty()) {
                path.add(new RungGaps(rung, gaps));
            }
        }
        return path;
    }

    static String summary(List<RungGaps> path, Stage bankableAt) {
        if (path.isEmpty()) {
            return "bankable: the evidence for " + RubricAssessor.words(bankableAt) + " and every rung below is recorded";
        }
        return path.stream().map(r -> "to reach " + RubricAssessor.words(r.stage()) + ": "
                + r.gaps().stream().map(Gap::text).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("; "));
    }
}
