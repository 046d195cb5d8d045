package org.neascn.framework.workflow.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neascn.model.member.MemberId;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Progress rolled up from indicators to strategic targets, focus areas and members, by the
 * rule of {@link ProgressSummary}. Roll-ups across plans count only published plans: a draft
 * has no approved baseline to be measured against, and a superseded plan is no longer the
 * member's commitment. A target that serves two focus areas counts in both.
 */
public final class ProgressRollup {

    private final ProgressPolicy policy;
    private final ProgressRule rule;

    public ProgressRollup(ProgressPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rule = new ProgressRule(policy);
    }

    /** The progress of every indicator of the plan, in the plan's order. */
    public List<IndicatorProgress> indicators(Scap plan, LocalDate asOf) {
        List<IndicatorProgress> all = new ArrayList<>();
        for (StrategicTarget target : plan.targets()) {
            all.addAll(ofTarget(target, asOf));
        }
        return List.copyOf(all);
    }

    /** Per strategic target of one plan, keyed by target key in the plan's order. */
    public Map<String, ProgressSummary> perTarget(Scap plan, LocalDate asOf) {
        Map<String, ProgressSummary> summaries = new LinkedHashMap<>();
        for (StrategicTarget target : plan.targets()) {
            summaries.put(target.key(), summarise(ofTarget(target, asOf)));
        }
        return summaries;
    }

    /** Per focus area, across the published plans given. */
    public Map<FocusAreaCode, ProgressSummary> perFocusArea(Collection<Scap> plans, LocalDate asOf) {
        Map<FocusAreaCode, List<IndicatorProgress>> grouped = new LinkedHashMap<>();
        for (Scap plan : published(plans)) {
            for (StrategicTarget target : plan.targets()) {
                List<IndicatorProgress> progress = ofTarget(target, asOf);
                target.focusAreas().forEach(area -> grouped.computeIfAbsent(area, a -> new ArrayList<>())
                        .addAll(progress));
            }
        }
        Map<FocusAreaCode, ProgressSummary> summaries = new LinkedHashMap<>();
        grouped.forEach((area, progress) -> summaries.put(area, summarise(progress)));
        return summaries;
    }

    /** Per member, across the published plans given. */
    public Map<MemberId, ProgressSummary> perMember(Collection<Scap> plans, LocalDate asOf) {
        Map<MemberId, List<IndicatorProgress>> grouped = new LinkedHashMap<>();
        for (Scap plan : published(plans)) {
            grouped.computeIfAbsent(plan.member(), m -> new ArrayList<>()).addAll(indicators(plan, asOf));
        }
        Map<MemberId, ProgressSummary> summaries = new LinkedHashMap<>();
        grouped.forEach((member, progress) -> summaries.put(member, summarise(progress)));
        return summaries;
    }

    /** Rolls up any group of indicator verdicts by the rule of {@link ProgressSummary}. */
    public ProgressSummary summarise(List<IndicatorProgress> progress) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        progress.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        List<IndicatorProgress> rated = progress.stream().filter(IndicatorProgress::isRated).toList();
        if (rated.isEmpty()) {
            return new ProgressSummary(ProgressStatus.NO_DATA, counts, progress.size(), null, null);
        }
        BigDecimal achieved = mean(rated.stream().map(p -> p.achievedShare().min(BigDecimal.ONE)).toList());
        BigDecimal expected = mean(rated.stream().map(IndicatorProgress::expectedShare).toList());
        ProgressStatus status = rated.stream().allMatch(p -> p.status() == ProgressStatus.ACHIEVED)
                ? ProgressStatus.ACHIEVED
                : policy.judge(expected.subtract(achieved));
        return new ProgressSummary(status, counts, progress.size(), achieved, expected);
    }

    private List<IndicatorProgress> ofTarget(StrategicTarget target, LocalDate asOf) {
        List<IndicatorProgress> progress = new ArrayList<>();
        for (Indicator indicator : target.indicators()) {
            progress.add(rule.evaluate(target.key(), indicator, asOf));
        }
        return progress;
    }

    private static List<Scap> published(Collection<Scap> plans) {
        return plans.stream().filter(p -> p.status() == ScapStatus.PUBLISHED).toList();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
    }
}
