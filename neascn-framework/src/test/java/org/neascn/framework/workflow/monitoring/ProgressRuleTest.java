package org.neascn.framework.workflow.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.approved;
import static org.neascn.framework.workflow.Plans.internet;
import static org.neascn.framework.workflow.Plans.pm25;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Observation;
import org.neascn.model.shared.InvalidValueException;

class ProgressRuleTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-01");
    private final ProgressRule rule = new ProgressRule(ProgressPolicy.DEFAULT);

    private IndicatorProgress pm25At(String value) {
        return rule.evaluate("clean-air", pm25(approved(value, "2025-12-31")), AS_OF);
    }

    @Test
    void halfwayInTimeAndHalfwayInValueIsOnTrack() {
        IndicatorProgress progress = pm25At("20");

        assertEquals(ProgressStatus.ON_TRACK, progress.status());
        assertEquals(new BigDecimal("0.5000"), progress.expectedShare());
        assertEquals(new BigDecimal("0.5000"), progress.achievedShare());
    }

    @Test
    void fallingTargetReadsAsDecrease() {
        assertEquals(IndicatorProgress.Direction.DECREASE, pm25At("20").direction());
    }

    @Test
    void gapBetweenToleranceAndOffTrackThresholdIsAtRisk() {
        assertEquals(ProgressStatus.AT_RISK, pm25At("21.5").status());
    }

    @Test
    void gapBeyondOffTrackThresholdIsOffTrack() {
        assertEquals(ProgressStatus.OFF_TRACK, pm25At("23").status());
    }

    @Test
    void valueMovingTheWrongWayHasANegativeShare() {
        IndicatorProgress progress = pm25At("27");

        assertEquals(ProgressStatus.OFF_TRACK, progress.status());
        assertEquals(new BigDecimal("-0.2000"), progress.achievedShare());
    }

    @Test
    void reachingTheTargetEarlyIsAchieved() {
        assertEquals(ProgressStatus.ACHIEVED, pm25At("14").status());
    }

    @Test
    void risingTargetIsJudgedTheSameWay() {
        IndicatorProgress onTrack = rule.evaluate("connected", internet(approved("90", "2025-12-31")), AS_OF);
        IndicatorProgress offTrack = rule.evaluate("connected", internet(approved("81", "2025-12-31")), AS_OF);

        assertEquals(IndicatorProgress.Direction.INCREASE, onTrack.direction());
        assertEquals(ProgressStatus.ON_TRACK, onTrack.status());
        assertEquals(ProgressStatus.OFF_TRACK, offTrack.status());
    }

    @Test
    void onlyApprovedMeasurementsCount() {
        Measurement entered = new Measurement(new BigDecimal("15"), LocalDate.parse("2025-12-31"),
                Measurement.MeasurementStatus.ENTERED, null);

        IndicatorProgress progress = rule.evaluate("clean-air", pm25(entered), AS_OF);

        assertEquals(ProgressStatus.NO_DATA, progress.status());
        assertEquals(new BigDecimal("0.5416"), progress.expectedShare());
    }

    @Test
    void latestApprovedIsTheLatestByDateNotByEntry() {
        Indicator indicator = pm25(approved("20", "2025-12-31"), approved("24", "2022-12-31"));

        assertEquals(new BigDecimal("20"), rule.evaluate("clean-air", indicator, AS_OF).latest().value());
    }

    @Test
    void measurementsAfterTheEvaluationDateAreIgnored() {
        Indicator indicator = pm25(approved("24", "2022-12-31"), approved("20", "2025-12-31"));

        IndicatorProgress progress = rule.evaluate("clean-air", indicator, LocalDate.parse("2023-06-30"));

        assertEquals(LocalDate.parse("2022-12-31"), progress.latest().date());
    }

    @Test
    void holdTargetIsJudgedByDeviationFromTheTarget() {
        Indicator hold = new Indicator("green", Plans.en("Green space per resident"), null, "m²",
                new Observation(new BigDecimal("100"), 2020), new Observation(new BigDecimal("100"), 2030),
                List.of(approved("95", "2024-12-31")));

        IndicatorProgress progress = rule.evaluate("green", hold, AS_OF);

        assertEquals(IndicatorProgress.Direction.HOLD, progress.direction());
        assertEquals(ProgressStatus.ON_TRACK, progress.status());
    }

    @Test
    void stricterPolicyTurnsAtRiskIntoOffTrack() {
        ProgressRule strict = new ProgressRule(new ProgressPolicy(new BigDecimal("0.05"), new BigDecimal("0.10")));

        assertEquals(ProgressStatus.OFF_TRACK,
                strict.evaluate("clean-air", pm25(approved("21.5", "2025-12-31")), AS_OF).status());
    }

    @Test
    void policyRefusesAnOffTrackGapBelowTheTolerance() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new ProgressPolicy(new BigDecimal("0.3"), new BigDecimal("0.2")));

        assertEquals("offTrackGap", refused.field());
    }
}
