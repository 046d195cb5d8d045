package org.neascn.framework.workflow.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import org.neascn.model.shared.Require;

/**
 * The progress of a group of indicators: a strategic target's, a focus area's, a member's.
 *
 * <p>Roll-up rule: the mean achieved share (each indicator's capped at 1, so one target
 * overshot cannot hide another missed) is compared with the mean expected share by the same
 * {@link ProgressPolicy} thresholds as a single indicator. The group is achieved only when
 * every rated indicator is; it has no data when none is rated. The counts per status sit
 * beside the verdict so that an off-track indicator is never averaged out of sight.
 *
 * @param meanAchievedShare null when no indicator is rated
 * @param meanExpectedShare null when no indicator is rated
 */
public record ProgressSummary(
        ProgressStatus status,
        Map<ProgressStatus, Integer> counts,
        int indicators,
        BigDecimal meanAchievedShare,
        BigDecimal meanExpectedShare) {

    public ProgressSummary {
        Require.present(status, "status");
        counts = Require.map(counts, "counts");
        Require.that(indicators >= 0, "indicators", "must not be negative");
    }

    public int count(ProgressStatus of) {
        return counts.getOrDefault(of, 0);
    }
}
