package org.neascn.framework.workflow.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;

/** Applies a {@link ProgressPolicy} to one indicator; the rule itself is documented there. */
public final class ProgressRule {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int SCALE = 4;

    private final ProgressPolicy policy;

    public ProgressRule(ProgressPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The indicator's progress using the approved measurements dated on or before {@code asOf}.
     * With none, the status is {@link ProgressStatus#NO_DATA} and the expected share is the
     * one due on {@code asOf}.
     */
    public IndicatorProgress evaluate(String targetKey, Indicator indicator, LocalDate asOf) {
        BigDecimal baseline = indicator.baseline().value();
        BigDecimal target = indicator.target().value();
        IndicatorProgress.Direction direction = direction(baseline, target);
        Optional<Measurement> latest = latestApproved(indicator, asOf);
        if (latest.isEmpty()) {
            return new IndicatorProgress(targetKey, indicator.key(), direction, ProgressStatus.NO_DATA,
                    expectedShare(indicator, asOf), null, null);
        }
        BigDecimal value = latest.get().value();
        if (direction == IndicatorProgress.Direction.HOLD) {
            BigDecimal deviation = value.subtract(target).abs();
            BigDecimal gap = target.signum() == 0 ? deviation : deviation.divide(target.abs(), PRECISION);
            return new IndicatorProgress(targetKey, indicator.key(), direction, policy.judge(gap), BigDecimal.ONE,
                    scaled(BigDecimal.ONE.subtract(gap).max(BigDecimal.ZERO)), latest.get());
        }
        BigDecimal achieved = value.subtract(baseline).divide(target.subtract(baseline), PRECISION);
        BigDecimal expected = expectedShare(indicator, latest.get().date());
        ProgressStatus status = achieved.compareTo(BigDecimal.ONE) >= 0
                ? ProgressStatus.ACHIEVED
                : policy.judge(expected.subtract(achieved));
        return new IndicatorProgress(targetKey, indicator.key(), direction, status, expected, scaled(achieved),
                latest.get());
    }

    /** The share of the way from baseline to target due by the given day on the straight-line path. */
    static BigDecimal expectedShare(Indicator indicator, LocalDate day) {
        // Baselines and targets are annual figures, known at the end of their year.
        LocalDate start = LocalDate.of(indicator.baseline().year(), 12, 31);
        LocalDate end = LocalDate.of(indicator.target().year(), 12, 31);
        long allowed = ChronoUnit.DAYS.between(start, end);
        if (allowed == 0) {
            return BigDecimal.ONE;
        }
        long elapsed = Math.max(0, Math.min(allowed, ChronoUnit.DAYS.between(start, day)));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(allowed), SCALE, RoundingMode.HALF_EVEN);
    }

    private static Optional<Measurement> latestApproved(Indicator indicator, LocalDate asOf) {
        return indicator.measurements().stream()
                .filter(m -> m.status() == Measurement.MeasurementStatus.APPROVED)
                .filter(m -> !m.date().isAfter(asOf))
                .max(Comparator.comparing(Measurement::date));
    }

    private static IndicatorProgress.Direction direction(BigDecimal baseline, BigDecimal target) {
        int sign = target.compareTo(baseline);
        return sign < 0 ? IndicatorProgress.Direction.DECREASE
                : sign > 0 ? IndicatorProgress.Direction.INCREASE : IndicatorProgress.Direction.HOLD;
    }

    private static BigDecimal scaled(BigDecimal share) {
        return share.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
