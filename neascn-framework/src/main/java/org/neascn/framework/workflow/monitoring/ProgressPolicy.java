package org.neascn.framework.workflow.monitoring;

import java.math.BigDecimal;
import org.neascn.model.shared.Require;

/**
 * The rule that turns an indicator's numbers into on track, at risk or off track, with the
 * network's tolerances.
 *
 * <p><b>The rule.</b> Progress is measured as a share of the distance from baseline to
 * target, so that falling targets (PM2.5 from 25 to 15 µg/m³) and rising ones (internet
 * access from 80 % to 100 %) read the same way:
 * <pre>
 *   achieved share = (latest approved value − baseline) / (target − baseline)
 *   expected share = time elapsed / time allowed, on a straight line from the end of the
 *                    baseline year to the end of the target year, taken on the date of the
 *                    latest approved measurement and kept between 0 and 1
 *   gap            = expected share − achieved share
 * </pre>
 * An achieved share of 1 or more is {@link ProgressStatus#ACHIEVED}; otherwise a gap up to
 * {@code onTrackTolerance} is on track, a gap up to {@code offTrackGap} is at risk, and a
 * larger gap is off track. A value that moved the wrong way has a negative achieved share.
 *
 * <p>A target equal to its baseline means "hold the line": there the gap is the relative
 * deviation of the latest value from the target, |latest − target| / |target| (the absolute
 * deviation when the target is zero), judged against the same two thresholds.
 *
 * <p>The defaults (0.10 and 0.25: a city a tenth of the way behind its straight-line path is
 * still on track, a quarter behind is off track) are a starting point a network overrides.
 *
 * @param onTrackTolerance largest gap still on track, between 0 and 1
 * @param offTrackGap      largest gap still at risk (larger is off track), at least onTrackTolerance
 */
public record ProgressPolicy(BigDecimal onTrackTolerance, BigDecimal offTrackGap) {

    public static final ProgressPolicy DEFAULT = new ProgressPolicy(new BigDecimal("0.10"), new BigDecimal("0.25"));

    public ProgressPolicy {
        Require.nonNegative(onTrackTolerance, "onTrackTolerance");
        Require.nonNegative(offTrackGap, "offTrackGap");
        Require.that(onTrackTolerance.compareTo(BigDecimal.ONE) <= 0, "onTrackTolerance",
                "is a share of the way from baseline to target, at most 1 (was " + onTrackTolerance + ")");
        Require.that(offTrackGap.compareTo(onTrackTolerance) >= 0, "offTrackGap",
                "must not be below onTrackTolerance (" + offTrackGap + " < " + onTrackTolerance + ")");
    }

    /** The status of a gap that is not an achievement. */
    ProgressStatus judge(BigDecimal gap) {
        if (gap.compareTo(onTrackTolerance) <= 0) {
            return ProgressStatus.ON_TRACK;
        }
        return gap.compareTo(offTrackGap) <= 0 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    }
}
