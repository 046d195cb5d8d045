package org.neascn.framework.financing;

import java.util.List;
import java.util.Optional;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.shared.Require;

/**
 * How one financier's rules apply to one project: the verdict, the fit that ranks it among
 * others of the same verdict, and every rule with its outcome and reason.
 */
public record FinancierAssessment(FinancierProfile financier, Verdict verdict, int fit, List<RuleCheck> checks) {

    public FinancierAssessment {
        Require.present(financier, "financier");
        Require.present(verdict, "verdict");
        // The matcher's own checks are already unmodifiable and complete; others are copied and checked.
        checks = checks instanceof LazyChecks ? checks : Require.list(checks, "checks");
    }

    /** The verdict for the number of rules failed and not decided. */
    static Verdict verdict(int failed, int unknown) {
        return failed > 1 ? Verdict.EXCLUDED
                : failed == 1 ? Verdict.NEAR_MISS
                : unknown > 0 ? Verdict.POSSIBLE_MATCH : Verdict.MATCH;
    }

    public String financierId() {
        return financier.id();
    }

    public List<RuleCheck> checks(RuleCheck.Outcome outcome) {
        return checks.stream().filter(c -> c.outcome() == outcome).toList();
    }

    /** For a near miss, the one rule that excluded the financier. */
    public Optional<RuleCheck> exclusion() {
        return verdict == Verdict.NEAR_MISS ? checks(RuleCheck.Outcome.FAILED).stream().findFirst() : Optional.empty();
    }

    /**
     * Every rule that failed, in the order they were checked: the one rule of a near miss, all
     * the rules of an excluded financier, none for a match.
     */
    public List<RuleCheck> exclusions() {
        return checks(RuleCheck.Outcome.FAILED);
    }

    /**
     * The names of the rules that failed, without composing their reasons: what a report over a
     * whole pipeline counts.
     */
    public List<String> failedRules() {
        if (checks instanceof LazyChecks lazy) {
            return lazy.failedRules();
        }
        return exclusions().stream().map(RuleCheck::rule).toList();
    }

    /** The reasons of every rule, in the order they were checked. */
    public List<String> reasons() {
        return checks.stream().map(RuleCheck::reason).toList();
    }
}
