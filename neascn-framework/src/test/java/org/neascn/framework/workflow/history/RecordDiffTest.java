package org.neascn.framework.workflow.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.cleanAir;
import static org.neascn.framework.workflow.Plans.connected;
import static org.neascn.framework.workflow.Plans.internet;
import static org.neascn.framework.workflow.Plans.plan;
import static org.neascn.framework.workflow.Plans.pm25;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.YearPeriod;

class RecordDiffTest {

    private static List<String> paths(List<Change> changes) {
        return changes.stream().map(Change::path).toList();
    }

    @Test
    void identicalPlansHaveNoDifferences() {
        assertEquals(List.of(), RecordDiff.between(Plans.seoul(ScapStatus.DRAFT), Plans.seoul(ScapStatus.DRAFT)));
    }

    @Test
    void addedTargetIsOneChangeAtItsKey() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25())));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25()), connected(internet())));

        List<Change> changes = RecordDiff.between(before, after);

        assertEquals(List.of("targets[connected]"), paths(changes));
        assertEquals(Change.Kind.ADDED, changes.get(0).kind());
    }

    @Test
    void changedIndicatorTargetValueHasAReadablePath() {
        Indicator stricter = new Indicator("pm25", Plans.en("Annual mean PM2.5"), null, "µg/m³",
                new Observation(new BigDecimal("25"), 2020), new Observation(new BigDecimal("12"), 2030), List.of());
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25())));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(stricter)));

        List<Change> changes = RecordDiff.between(before, after);

        assertEquals(List.of("targets[clean-air].indicators[pm25].target.value"), paths(changes));
        assertEquals("15", changes.get(0).before());
        assertEquals("12", changes.get(0).after());
    }

    @Test
    void removedIndicatorIsOneChange() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25(), internet())));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25())));

        List<Change> changes = RecordDiff.between(before, after);

        assertEquals(List.of("targets[clean-air].indicators[internet]"), paths(changes));
        assertEquals(Change.Kind.REMOVED, changes.get(0).kind());
    }

    @Test
    void reorderingTargetsIsNotAChangeOfTheTargets() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25()), connected(internet())));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(connected(internet()), cleanAir(pm25())));

        assertEquals(List.of(), RecordDiff.between(before, after));
    }

    @Test
    void visionTranslationAddedPerLanguage() {
        Scap before = Plans.seoul(ScapStatus.DRAFT);
        LocalizedText withChinese = before.vision().with("zh-Hans", "智慧首尔");
        Scap after = new Scap(before.id(), before.network(), before.member(), 1, before.period(), withChinese,
                before.focusAreas(), before.targets(), before.projects(), before.status());

        List<Change> changes = RecordDiff.between(before, after);

        assertEquals(List.of("vision.texts.zh-Hans"), paths(changes));
        assertEquals("\"智慧首尔\"", changes.get(0).after());
    }

    @Test
    void visionTextChangedInOneLanguage() {
        Scap before = Plans.seoul(ScapStatus.DRAFT);
        LocalizedText edited = new LocalizedText("ko", Map.of("ko", "스마트 서울", "en", "Smart and fair Seoul"));
        Scap after = new Scap(before.id(), before.network(), before.member(), 1, before.period(), edited,
                before.focusAreas(), before.targets(), before.projects(), before.status());

        assertEquals(List.of("vision.texts.en"), paths(RecordDiff.between(before, after)));
    }

    @Test
    void focusAreaRemovedFromAPlanIsNamedByItsCode() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25())));
        Scap after = new Scap(before.id(), before.network(), before.member(), 1, before.period(), before.vision(),
                Set.of(Plans.ENVIRONMENT), before.targets(), before.projects(), before.status());

        List<Change> changes = RecordDiff.between(before, after);

        assertEquals(List.of("focusAreas[built-infrastructure]"), paths(changes));
        assertEquals(Change.Kind.REMOVED, changes.get(0).kind());
    }

    @Test
    void orderOfPlainValuesIsNotAChange() {
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of());
        Scap after = new Scap(before.id(), before.network(), before.member(), 1, before.period(), before.vision(),
                new java.util.LinkedHashSet<>(List.of(Plans.INFRASTRUCTURE, Plans.ENVIRONMENT)), before.targets(),
                before.projects(), before.status());
        Scap reversed = new Scap(before.id(), before.network(), before.member(), 1, before.period(), before.vision(),
                new java.util.LinkedHashSet<>(List.of(Plans.ENVIRONMENT, Plans.INFRASTRUCTURE)), before.targets(),
                before.projects(), before.status());

        assertEquals(List.of(), RecordDiff.between(after, reversed));
    }

    @Test
    void numbersEqualInValueAreNotAChange() {
        Indicator written = new Indicator("pm25", Plans.en("Annual mean PM2.5"), null, "µg/m³",
                new Observation(new BigDecimal("25.0"), 2020), new Observation(new BigDecimal("15.00"), 2030),
                List.of());
        Scap before = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25())));
        Scap after = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(written)));

        assertEquals(List.of(), RecordDiff.between(before, after));
    }

    @Test
    void diffsAnyRecordNotOnlyPlans() {
        List<Change> changes = RecordDiff.between(new YearPeriod(2021, 2025), new YearPeriod(2021, 2030));

        assertEquals(List.of("endYear"), paths(changes));
        assertTrue(changes.get(0).toString().contains("2025 → 2030"));
    }
}
