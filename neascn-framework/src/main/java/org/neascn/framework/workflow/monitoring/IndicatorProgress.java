package org.neascn.framework.workflow.monitoring;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.util.Optional;
import org.neascn.model.scap.Measurement;
import org.neascn.model.shared.Require;

/**
 * Where one indicator of a plan stands: its direction, the share of the way from baseline to
 * target it has come, the share it should have come by the date of its latest approved
 * measurement, and the verdict. See {@link ProgressPolicy} for the rule.
 *
 * @param achievedShare null when there is no approved measurement
 * @param latest        the latest approved measurement, or null when there is none
 */
public record IndicatorProgress(
        String target,
        String indicator,
        Direction direction,
        ProgressStatus status,
        BigDecimal expectedShare,
        BigDecimal achievedShare,
        Measurement latest) {

    /** Whether the city means to bring the value down (PM2.5), up (internet access), or hold it. */
    public enum Direction { DECREASE, INCREASE, HOLD }

    public IndicatorProgress {
        Require.text(target, "target");
        Require.text(indicator, "indicator");
        Require.present(direction, "direction");
        Require.present(status, "status");
        Require.present(expectedShare, "expectedShare");
        Require.that((status == ProgressStatus.NO_DATA) == (latest == null), "latest",
                "is given exactly when there is an approved measurement");
        Require.that((achievedShare == null) == (latest == null), "achievedShare",
                "is given exactly when there is an approved measurement");
    }

    public Optional<Measurement> latestApproved() {
        return Optional.ofNullable(latest);
    }

    @JsonbTransient
    public boolean isRated() {
        return status != ProgressStatus.NO_DATA;
    }
}
