package org.neascn.framework.financing;

import java.util.List;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.Require;

/**
 * The financiers a project could approach, ranked: matches first, then possible matches (a
 * rule could not be decided), then near misses (one rule failed), then the rest; within a
 * verdict by fit. A project that sanctions screening holds back is matched to no one: the
 * assessments are empty and the screening says why.
 */
public record MatchReport(ProjectId project, ScreeningResult screening, List<FinancierAssessment> assessments) {

    public MatchReport {
        Require.present(project, "project");
        Require.present(screening, "screening");
        assessments = Require.list(assessments, "assessments");
    }

    /** Whether screening kept the project out of automatic matching. */
    public boolean isHeldBack() {
        return !screening.allowsAutomaticMatching();
    }

    public List<FinancierAssessment> matches() {
        return with(Verdict.MATCH);
    }

    public List<FinancierAssessment> possibleMatches() {
        return with(Verdict.POSSIBLE_MATCH);
    }

    public List<FinancierAssessment> nearMisses() {
        return with(Verdict.NEAR_MISS);
    }

    public java.util.Optional<FinancierAssessment> assessmentOf(String financierId) {
        return assessments.stream().filter(a -> a.financierId().equals(financierId)).findFirst();
    }

    private List<FinancierAssessment> with(Verdict verdict) {
        return assessments.stream().filter(a -> a.verdict() == verdict).toList();
    }
}
