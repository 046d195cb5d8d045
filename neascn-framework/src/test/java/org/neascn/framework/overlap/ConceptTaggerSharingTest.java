package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.scap.ScapId;

/**
 * Analyses on one codebook read texts with one tagger, and count their changes, so that the
 * server can derive suggestions with the analysis's tagger and keep them until a plan changes.
 */
class ConceptTaggerSharingTest {

    private static final Codebook CODEBOOK = Codebook.of(ReferenceData.standard(), NetworkId.of("neascn"));

    @Test
    void aCodebookBuildsItsTaggerOnceForEveryAnalysis() {
        assertSame(CODEBOOK.tagger(), CODEBOOK.tagger());
        assertEquals("pm25", CODEBOOK.tagger().tag("ko", "초미세먼지를 절반으로 줄인다").get(0).concept());
    }

    @Test
    void anotherThesaurusHasATaggerOfItsOwn() {
        Codebook none = CODEBOOK.withConcepts(List.of());
        assertNotEquals(CODEBOOK.tagger(), none.tagger());
        assertEquals(List.of(), none.tagger().tag("ko", "초미세먼지를 절반으로 줄인다"));
    }

    @Test
    void theRevisionMovesWithEveryChangeAndNotWithReads() {
        List<PlanDossier> plans = PlansForTests.all();
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        long built = network.revision();
        network.topOverlaps(plans.get(0).id());
        network.plans();
        assertEquals(built, network.revision(), "reads change nothing");

        network.update(plans.get(0));
        long updated = network.revision();
        assertNotEquals(built, updated, "an update");
        network.remove(ScapId.of("no-such-plan"));
        assertEquals(updated, network.revision(), "removing a plan that is not there changes nothing");
        network.remove(plans.get(1).id());
        assertNotEquals(updated, network.revision(), "a removal");
    }

    @Test
    void aCopyCountsItsOwnChanges() {
        List<PlanDossier> plans = PlansForTests.all();
        OverlapNetwork source = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        long before = source.revision();
        OverlapNetwork copy = source.copy();
        copy.remove(plans.get(0).id());
        assertEquals(before, source.revision(), "the source did not change");
    }
}
