package org.neascn.server.pipeline;

import java.util.List;
import org.neascn.framework.financing.MatchReport;
import org.neascn.framework.sanctions.ScreeningResult;

/**
 * The financiers a project could approach, ranked. A project that sanctions screening holds
 * back is matched to no one; {@code heldBackBecause} says why.
 */
public record FinancingMatches(String project, boolean heldBack, String heldBackBecause, ScreeningResult screening,
                               List<FinancierMatch> financiers) {

    static FinancingMatches of(MatchReport report) {
        return new FinancingMatches(report.project().value(), report.isHeldBack(),
                report.isHeldBack() ? report.screening().summary() : null, report.screening(),
                report.assessments().stream().map(FinancierMatch::of).toList());
    }
}
