package org.neascn.framework.workflow.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.neascn.framework.workflow.Plans.BUSAN;
import static org.neascn.framework.workflow.Plans.ENVIRONMENT;
import static org.neascn.framework.workflow.Plans.INFRASTRUCTURE;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.approved;
import static org.neascn.framework.workflow.Plans.cleanAir;
import static org.neascn.framework.workflow.Plans.connected;
import static org.neascn.framework.workflow.Plans.internet;
import static org.neascn.framework.workflow.Plans.plan;
import static org.neascn.framework.workflow.Plans.pm25;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neascn.model.member.MemberId;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.taxonomy.FocusAreaCode;

class ProgressRollupTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-01");
    private final ProgressRollup rollup = new ProgressRollup(ProgressPolicy.DEFAULT);

    /** Seoul: PM2.5 on track (20), internet off track (81). */
    private static Scap seoul() {
        return plan(SEOUL, 1, ScapStatus.PUBLISHED, List.of(
                cleanAir(pm25(approved("20", "2025-12-31"))),
                connected(internet(approved("81", "2025-12-31")))));
    }

    /** Busan: PM2.5 achieved (14). */
    private static Scap busan() {
        return plan(BUSAN, 1, ScapStatus.PUBLISHED, List.of(cleanAir(pm25(approved("14", "2025-12-31")))));
    }

    @Test
    void perTargetFollowsItsIndicators() {
        Map<String, ProgressSummary> perTarget = rollup.perTarget(seoul(), AS_OF);

        assertEquals(List.of("clean-air", "connected"), List.copyOf(perTarget.keySet()));
        assertEquals(ProgressStatus.ON_TRACK, perTarget.get("clean-air").status());
        assertEquals(ProgressStatus.OFF_TRACK, perTarget.get("connected").status());
    }

    @Test
    void memberRollupComparesMeanAchievedWithMeanExpected() {
        ProgressSummary seoul = rollup.perMember(List.of(seoul()), AS_OF).get(SEOUL);

        // (0.5 + 0.05) / 2 achieved against 0.5 expected: a gap of 0.225 is at risk.
        assertEquals(new BigDecimal("0.2750"), seoul.meanAchievedShare());
        assertEquals(ProgressStatus.AT_RISK, seoul.status());
        assertEquals(1, seoul.count(ProgressStatus.OFF_TRACK));
    }

    @Test
    void overshootIsCappedSoItCannotHideAMiss() {
        ProgressSummary busan = rollup.perMember(List.of(busan()), AS_OF).get(BUSAN);

        assertEquals(new BigDecimal("1.0000"), busan.meanAchievedShare());
        assertEquals(ProgressStatus.ACHIEVED, busan.status());
    }

    @Test
    void focusAreaRollupSpansMembers() {
        Map<FocusAreaCode, ProgressSummary> perArea = rollup.perFocusArea(List.of(seoul(), busan()), AS_OF);

        assertEquals(2, perArea.get(ENVIRONMENT).indicators());
        assertEquals(ProgressStatus.ON_TRACK, perArea.get(ENVIRONMENT).status());
        assertEquals(ProgressStatus.OFF_TRACK, perArea.get(INFRASTRUCTURE).status());
    }

    @Test
    void draftsAndSupersededPlansAreLeftOutOfRollups() {
        Scap superseded = plan(BUSAN, 1, ScapStatus.SUPERSEDED, busan().targets());

        Map<MemberId, ProgressSummary> perMember = rollup.perMember(List.of(seoul(), superseded), AS_OF);

        assertFalse(perMember.containsKey(BUSAN));
    }

    @Test
    void groupWithoutApprovedMeasurementsHasNoData() {
        Scap unmeasured = plan(SEOUL, 1, ScapStatus.PUBLISHED, List.of(cleanAir(pm25())));

        ProgressSummary summary = rollup.perTarget(unmeasured, AS_OF).get("clean-air");

        assertEquals(ProgressStatus.NO_DATA, summary.status());
        assertEquals(1, summary.count(ProgressStatus.NO_DATA));
    }
}
