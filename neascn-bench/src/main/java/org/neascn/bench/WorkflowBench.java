package org.neascn.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.framework.workflow.history.Timeline;
import org.neascn.framework.workflow.monitoring.ProgressPolicy;
import org.neascn.framework.workflow.monitoring.ProgressRollup;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * How long the workflow's read-side work takes at network scale: the field-level diff of two
 * versions of a large plan, progress roll-ups across many published plans, and a member's
 * timeline out of a long audit trail. Plans are generated (synthetic sizes, not reference data).
 *
 * <p>Arguments: plans targets-per-plan indicators-per-target measurements-per-indicator
 * trail-entries (defaults 300 20 4 12 200000).
 */
public final class WorkflowBench {

    private static final List<FocusAreaCode> AREAS = List.of(FocusAreaCode.of("civic-social"),
            FocusAreaCode.of("health-well-being"), FocusAreaCode.of("safety-security"),
            FocusAreaCode.of("quality-environment"), FocusAreaCode.of("built-infrastructure"),
            FocusAreaCode.of("industry-innovation"));

    private WorkflowBench() {
    }

    public static void main(String[] args) {
        int[] a = Arrays.stream(args.length == 5 ? args : new String[] {"300", "20", "4", "12", "200000"})
                .mapToInt(Integer::parseInt).toArray();
        int plans = a[0];
        int targets = a[1];
        int indicators = a[2];
        int measurements = a[3];
        int trailSize = a[4];

        List<Scap> all = new ArrayList<>();
        for (int p = 0; p < plans; p++) {
            all.add(plan(p, targets, indicators, measurements, 0));
        }
        Scap before = all.get(0);
        Scap after = plan(0, targets, indicators, measurements, 1);
        System.out.printf("plan size: %d targets x %d indicators x %d measurements (%d values)%n", targets, indicators,
                measurements, targets * indicators * measurements);

        time("diff of two plan versions", 200, () -> RecordDiff.between(before, after).size());

        ProgressRollup rollup = new ProgressRollup(ProgressPolicy.DEFAULT);
        LocalDate asOf = LocalDate.parse("2026-06-01");
        time("per-focus-area roll-up over " + plans + " plans", 20, () -> rollup.perFocusArea(all, asOf).size());
        time("per-member roll-up over " + plans + " plans", 20, () -> rollup.perMember(all, asOf).size());

        List<AuditEntry> trail = trail(trailSize, plans);
        MemberId member = MemberId.of("member-7");
        time("member timeline out of " + trailSize + " entries", 20, () -> Timeline.ofMember(trail, member)
                .entries().size());
    }

    private static void time(String what, int repetitions, Supplier<Integer> work) {
        int result = 0;
        for (int i = 0; i < Math.max(3, repetitions / 4); i++) {
            result += work.get();
        }
        long[] nanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            result += work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s median %8.3f ms   p90 %8.3f ms   (%d runs, checksum %d)%n", what,
                nanos[repetitions / 2] / 1e6, nanos[repetitions * 9 / 10] / 1e6, repetitions, result);
    }

    /** A plan whose variant 1 changes one baseline per target and adds one measurement per indicator. */
    private static Scap plan(int p, int targets, int indicators, int measurements, int variant) {
        List<StrategicTarget> list = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            List<Indicator> inds = new ArrayList<>();
            for (int i = 0; i < indicators; i++) {
                List<Measurement> ms = new ArrayList<>();
                int count = measurements + (variant == 1 && i == 0 ? 1 : 0);
                for (int m = 0; m < count; m++) {
                    ms.add(new Measurement(BigDecimal.valueOf(50 + (p + t + i + m) % 40),
                            LocalDate.of(2021, 1, 1).plusMonths(m * 4L), Measurement.MeasurementStatus.APPROVED, null));
                }
                int baseline = variant == 1 && i == 0 ? 61 : 60;
                inds.add(new Indicator("i" + i, LocalizedText.of("en", "Indicator " + i), null, "%",
                        new Observation(BigDecimal.valueOf(baseline), 2020),
                        new Observation(BigDecimal.valueOf(i % 2 == 0 ? 90 : 30), 2030), ms));
            }
            list.add(new StrategicTarget("t" + t, LocalizedText.of("en", "Target " + t),
                    Set.of(AREAS.get(t % AREAS.size())), Set.of(), inds));
        }
        return new Scap(ScapId.of("plan-" + p), NetworkId.of("bench"), MemberId.of("member-" + p), 1,
                new YearPeriod(2021, 2030), LocalizedText.of("en", "Vision " + p), Set.copyOf(AREAS), list, List.of(),
                ScapStatus.PUBLISHED);
    }

    private static List<AuditEntry> trail(int size, int members) {
        Clock clock = Clock.fixed(Instant.parse("2021-01-01T00:00:00Z"), ZoneOffset.UTC);
        Actor actor = Actor.secretariat("bench@secretariat");
        List<AuditEntry> trail = new ArrayList<>(size);
        for (int e = 0; e < size; e++) {
            // Entries arrive out of order, as rows from several tables would.
            Instant at = clock.instant().plusSeconds((e * 7919L) % size * 60);
            // Member m works in initiative m / 2 with one partner city, so a member's timeline
            // holds its own entries and its partner's: about 2 in every `members` entries.
            int member = e % members;
            trail.add(AuditEntry.of(at, actor, "bench.action", RecordType.INITIATIVE, "record-" + e, "entry " + e)
                    .concerning(Set.of(MemberId.of("member-" + member)),
                            Set.of(InitiativeId.of("initiative-" + member / 2))));
        }
        return trail;
    }
}
