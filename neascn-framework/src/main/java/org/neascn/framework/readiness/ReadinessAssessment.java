package org.neascn.framework.readiness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Require;

/**
 * How ready a project is for finance, and why.
 *
 * @param rubric        the identifier of the rubric applied
 * @param score         the weight of the applicable criteria met, as a percentage of the weight
 *                      of all applicable criteria (0 to 100)
 * @param declaredStage the stage the city records
 * @param level         the highest stage whose required evidence is all present; a declared
 *                      stage above it is a finding
 * @param nextStage     the rung above the declared stage, empty at the top of the ladder
 * @param gaps          what is missing to reach the next stage, in plain words
 * @param bankableAt    the rung from which the rubric calls a project bankable
 * @param bankable      whether the evidence reaches that rung
 * @param toBankable    for every rung from the evidence's level up to bankable, what is missing
 * @param toBankableSummary the same in one sentence: "to reach pre-feasibility: …; to reach structuring: …"
 * @param lenses        every lens of the rubric, whether it applied and why
 * @param results       every criterion, met or not, with its evidence or gap
 * @param findings      missing or contradictory data found on the way
 */
public record ReadinessAssessment(
        ProjectId project,
        String rubric,
        BigDecimal score,
        Stage declaredStage,
        Stage level,
        Optional<Stage> nextStage,
        List<String> gaps,
        Stage bankableAt,
        boolean bankable,
        List<RungGaps> toBankable,
        String toBankableSummary,
        List<LensDecision> lenses,
        List<CriterionResult> results,
        List<Finding> findings) {

    public ReadinessAssessment {
        Require.present(project, "project");
        rubric = Require.text(rubric, "rubric");
        Require.present(score, "score");
        Require.present(declaredStage, "declaredStage");
        Require.present(level, "level");
        Require.present(nextStage, "nextStage");
        gaps = Require.list(gaps, "gaps");
        Require.present(bankableAt, "bankableAt");
        toBankable = Require.list(toBankable, "toBankable");
        Require.that(bankable == toBankable.isEmpty(), "bankable", "a bankable project has no gaps to bankable");
        toBankableSummary = Require.text(toBankableSummary, "toBankableSummary");
        lenses = Require.list(lenses, "lenses");
        results = Require.list(results, "results");
        findings = Require.list(findings, "findings");
    }

    /** Whether the evidence supports the stage the city records. */
    public boolean supportsDeclaredStage() {
        return !level.isBefore(declaredStage);
    }

    public Optional<CriterionResult> result(String criterionId) {
        return results.stream().filter(r -> r.criterion().id().equals(criterionId)).findFirst();
    }

    /** The gaps to reach one rung, empty when nothing is missing for it. */
    public List<Gap> gapsFor(Stage rung) {
        return toBankable.stream().filter(r -> r.stage() == rung).findFirst().map(RungGaps::gaps).orElse(List.of());
    }
}
