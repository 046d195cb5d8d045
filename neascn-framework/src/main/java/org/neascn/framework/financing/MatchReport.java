package org.neascn.framework.financing;

import java.util.List;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.Require;

/**
 * The financiers a project could approach, ranked: matches first, then possible matches (a
 * rule could not be decided), then near misses (one rule failed), then the rest; within a
 * verdict by fit. A project that sanctions screening holds back is matched to no one: the
 * assessments are empty and the screening says why. So is a project that seeks no money: the
 * need says why.
 *
 * @param need the gap ticket sizes were judged against, or why nothing is sought
 */
public record MatchReport(ProjectId project, ScreeningResult screening, FinancingNeed need,
        List<FinancierAssessment> assessments) {

    public MatchReport {
        Require.present(project, "project");
        Require.present(screening, "screening");
        Require.present(need, "need");
        assessments = Require.list(assessments, "assessments");
    }

    /** Whether screening kept the project out of automatic matching. */
    public boolean isHeldBack() {
        return !screening.allowsAutomaticMatching();
    }

    /** Whether the project seeks no money, so no financier was judged. */
    public boolean isNotSeeking() {
        return !isHeldBack() && !need.seeking();
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
