package org.neascn.framework.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import org.neascn.framework.financing.FinancierAssessment;
import org.neascn.framework.financing.FinancingNeed;
import org.neascn.framework.financing.MatchReport;
import org.neascn.framework.financing.Verdict;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.shared.Money;

/**
 * What one project's matching contributes to the figures of every kind it belongs to: its
 * matches and possible matches per group of financier, the rules that excluded financiers, and
 * its secured share. Made once per project, on any thread, then added to each of its kinds.
 */
final class ProjectProspect {

    static final FinancierType.Group[] GROUPS = FinancierType.Group.values();

    final boolean heldBack;
    final boolean notSeeking;
    final int[] matches = new int[GROUPS.length];
    final int[] possibleMatches = new int[GROUPS.length];
    final Map<String, Integer> failedRules = new HashMap<>();
    /** Secured funding over cost, or null when it cannot be set against the cost. */
    final BigDecimal securedShare;

    ProjectProspect(MatchReport report) {
        this.heldBack = report.isHeldBack();
        this.notSeeking = report.isNotSeeking();
        this.securedShare = share(report.need());
        for (FinancierAssessment a : report.assessments()) {
            int group = a.financier().type().group().ordinal();
            if (a.verdict() == Verdict.MATCH) {
                matches[group]++;
            } else if (a.verdict() == Verdict.POSSIBLE_MATCH) {
                possibleMatches[group]++;
            } else {
                for (String rule : a.failedRules()) {
                    failedRules.merge(rule, 1, Integer::sum);
                }
            }
        }
    }

    boolean matched() {
        for (int m : matches) {
            if (m > 0) {
                return true;
            }
        }
        return false;
    }

    boolean possiblyMatched() {
        if (matched()) {
            return false;
        }
        for (int m : possibleMatches) {
            if (m > 0) {
                return true;
            }
        }
        return false;
    }

    boolean matchedBy(boolean privateMoney) {
        for (int g = 0; g < GROUPS.length; g++) {
            if (matches[g] > 0 && GROUPS[g].isPrivate() == privateMoney) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal share(FinancingNeed need) {
        if (need.cost().isEmpty() || need.secured().isEmpty() || need.cost().get().amount().signum() == 0) {
            return null;
        }
        Money cost = need.cost().get();
        BigDecimal share = need.secured().get().amount().divide(cost.amount(), MathContext.DECIMAL64);
        return share.min(BigDecimal.ONE);
    }
}
