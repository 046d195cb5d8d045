package org.neascn.server.pipeline;

import java.util.List;
import org.neascn.framework.financing.FinancingNeed;
import org.neascn.framework.financing.MatchReport;
import org.neascn.framework.sanctions.ScreeningResult;

/**
 * The financiers a project could approach, ranked. A project that sanctions screening holds
 * back is matched to no one; {@code heldBackBecause} says why. Neither is a project that seeks no
 * money: {@code seeking} is false and {@code notSeekingBecause} says why. {@code need} gives the
 * cost, the funding secured and the remaining gap the ticket sizes were judged against.
 */
public record FinancingMatches(String project, boolean heldBack, String heldBackBecause, boolean seeking,
                               String notSeekingBecause, FinancingNeed need, ScreeningResult screening,
                               List<FinancierMatch> financiers) {

    static FinancingMatches of(MatchReport report) {
        return new FinancingMatches(report.project().value(), report.isHeldBack(),
                report.isHeldBack() ? report.screening().summary() : null, report.need().seeking(),
                report.need().seeking() ? null : report.need().explanation(), report.need(), report.screening(),
                report.assessments().stream().map(FinancierMatch::of).toList());
    }
}
