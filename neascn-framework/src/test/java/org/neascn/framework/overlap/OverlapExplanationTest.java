package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapExplanationTest {

    private final OverlapNetwork network = OverlapNetwork.build(HandWrittenPlans.codebook(), OverlapSettings.defaults(),
            HandWrittenPlans.all());

    private Overlap busanWithVladivostok() {
        return network.explain(HandWrittenPlans.busan().id(), HandWrittenPlans.vladivostok().id()).orElseThrow();
    }

    private static boolean names(List<ItemRef> items, String key) {
        return items.stream().anyMatch(i -> i.key().equals(key));
    }

    @Test
    void airQualityTargetsInKoreanAndRussianMatchOnSdg116() {
        assertTrue(busanWithVladivostok().evidence().stream().anyMatch(e -> e.component() == OverlapComponent.SDG_TARGETS
                && e.matchedOn().equals("SDG 11.6") && names(e.fromA(), "clean-air") && names(e.fromB(), "air-quality")));
    }

    @Test
    void airQualityTargetsInKoreanAndRussianMatchOnTheirFocusArea() {
        assertTrue(busanWithVladivostok().evidence().stream().anyMatch(e -> e.component() == OverlapComponent.FOCUS_AREAS
                && e.matchedOn().equals("focus area Quality Environment") && names(e.fromA(), "clean-air")
                && names(e.fromB(), "air-quality")));
    }

    @Test
    void airQualityIndicatorsOfDifferentCataloguesMatchOnTheirCategory() {
        assertTrue(busanWithVladivostok().evidence().stream().anyMatch(e -> e.component() == OverlapComponent.INDICATOR_CATEGORIES
                && e.matchedOn().equals("indicator category Air Quality")));
    }

    @Test
    void smartParkingInBusanMatchesSmartParkingInVladivostokByText() {
        assertTrue(busanWithVladivostok().evidence().stream().anyMatch(e -> e.component() == OverlapComponent.PROJECT_TEXT
                && names(e.fromA(), "busan-smart-parking") && names(e.fromB(), "vladivostok-smart-parking")
                && e.matchedOn().contains("parking") && !e.matchedOn().contains("en:")
                && e.wordsA().stream().anyMatch(w -> w.language().equals("en") && w.words().contains("parking"))));
    }

    @Test
    void smartParkingInBusanMatchesSmartParkingInVladivostokOnSdg112() {
        assertTrue(busanWithVladivostok().evidence().stream().anyMatch(e -> e.component() == OverlapComponent.SDG_TARGETS
                && e.matchedOn().equals("SDG 11.2") && names(e.fromA(), "busan-smart-parking")
                && names(e.fromB(), "vladivostok-smart-parking")));
    }

    @Test
    void evidenceAddsUpToTheScore() {
        Overlap o = busanWithVladivostok();
        assertEquals(o.score(), o.evidence().stream().mapToDouble(Evidence::contribution).sum(), 1e-9);
    }

    @Test
    void busanOverlapsMostWithVladivostokAndLeastWithTokyo() {
        List<Neighbour> top = network.neighbours(HandWrittenPlans.busan().id());
        assertEquals(HandWrittenPlans.vladivostok().id(), top.get(0).plan());
        assertTrue(top.stream().noneMatch(n -> n.plan().equals(HandWrittenPlans.tokyo().id())),
                "Busan and Tokyo share no code and no comparable text: " + top);
    }

    @Test
    void scoreIsTheSameFromEitherSideAndWithinZeroAndOne() {
        Overlap ab = busanWithVladivostok();
        Overlap ba = network.explain(HandWrittenPlans.vladivostok().id(), HandWrittenPlans.busan().id()).orElseThrow();
        assertEquals(ab.score(), ba.score(), 0.0);
        assertTrue(ab.score() > 0 && ab.score() <= 1, "score " + ab.score());
    }

    @Test
    void weightsComeFromTheSettings() {
        OverlapSettings onlySdg = OverlapSettings.defaults();
        for (OverlapComponent c : OverlapComponent.values()) {
            onlySdg = onlySdg.withWeight(c, c == OverlapComponent.SDG_TARGETS ? 1 : 0);
        }
        OverlapNetwork sdgOnly = OverlapNetwork.build(HandWrittenPlans.codebook(), onlySdg, HandWrittenPlans.all());
        Overlap o = sdgOnly.explain(HandWrittenPlans.busan().id(), HandWrittenPlans.vladivostok().id()).orElseThrow();
        // Both plans carry exactly SDG 11.6 and 11.2: a Jaccard share of 2 / 2.
        assertEquals(1.0, o.score(), 1e-12);
        assertTrue(o.evidence().stream().allMatch(e -> e.component() == OverlapComponent.SDG_TARGETS));
    }
}
