package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.scap.Scap;
import org.neascn.model.taxonomy.FocusAreaCode;

class OverlapNetworkTest {

    private static final Codebook CODEBOOK = HandWrittenPlans.codebook();

    private static List<PlanDossier> synthetic(int n) {
        SyntheticNetwork net = SyntheticNetwork.generate(7, n);
        return new ArrayList<>(PlanDossier.assemble(net.members(), net.plans(), net.projects()));
    }

    /** The plan with another plan's targets and half its own projects: a substantial revision. */
    static PlanDossier revised(PlanDossier d, PlanDossier other) {
        Set<FocusAreaCode> areas = new LinkedHashSet<>(d.plan().focusAreas());
        areas.addAll(other.plan().focusAreas());
        Scap p = d.plan();
        Scap next = new Scap(p.id(), p.network(), p.member(), p.version() + 1, p.period(), p.vision(), areas,
                other.plan().targets(), p.projects(), p.status());
        return new PlanDossier(d.member(), next, new ArrayList<>(d.projects().subList(0, d.projects().size() / 2)));
    }

    @Test
    void indexedTopListsEqualExhaustiveScoring() {
        List<PlanDossier> plans = synthetic(300);
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        for (PlanDossier d : plans) {
            assertEquals(network.exhaustiveNeighbours(d.id()), network.neighbours(d.id()), "top list of " + d.id());
        }
    }

    @Test
    void rankingEveryPairOnceGivesTheSameListsAsTheIndex() {
        List<PlanDossier> plans = synthetic(200);
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        List<List<Neighbour>> indexed = plans.stream().map(d -> network.neighbours(d.id())).toList();
        network.rankAll(OverlapNetwork.Strategy.EXHAUSTIVE);
        assertEquals(indexed, plans.stream().map(d -> network.neighbours(d.id())).toList());
    }

    @Test
    void everyPlanOfASyntheticNetworkHasAFullTopList() {
        List<PlanDossier> plans = synthetic(100);
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        assertTrue(plans.stream().allMatch(d -> network.neighbours(d.id()).size() == 10));
    }

    @Test
    void updatingPlansGivesTheSameListsAsRebuildingTheNetwork() {
        List<PlanDossier> plans = synthetic(250);
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        for (int c = 0; c < 12; c++) {
            int at = (c * 37) % plans.size();
            PlanDossier next = revised(plans.get(at), plans.get((at + 101) % plans.size()));
            plans.set(at, next);
            network.update(next);
        }
        OverlapNetwork rebuilt = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        for (PlanDossier d : plans) {
            assertEquals(rebuilt.neighbours(d.id()), network.neighbours(d.id()), "top list of " + d.id());
        }
    }

    @Test
    void manyUpdatesOfTheSamePlansKeepEveryListEqualToExhaustiveScoring() {
        List<PlanDossier> plans = synthetic(150);
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        for (int c = 0; c < 40; c++) {
            int at = (c * 7) % 20;
            PlanDossier next = revised(plans.get(at), plans.get((c * 13 + 50) % plans.size()));
            plans.set(at, next);
            network.update(next);
        }
        for (PlanDossier d : plans) {
            assertEquals(network.exhaustiveNeighbours(d.id()), network.neighbours(d.id()), "top list of " + d.id());
        }
    }

    @Test
    void aNewPlanAddedByUpdateEntersTheListsOfPlansLikeIt() {
        List<PlanDossier> plans = HandWrittenPlans.all();
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        PlanDossier busan = HandWrittenPlans.busan();
        PlanDossier incheon = HandWrittenPlans.dossier(HandWrittenPlans.member("incheon", "KR", "ko", "인천광역시", "Incheon"),
                busan.plan().targets(), List.of());
        network.update(incheon);
        assertTrue(network.neighbours(busan.id()).stream().anyMatch(n -> n.plan().equals(incheon.id())));
        assertFalse(network.neighbours(incheon.id()).isEmpty());
    }

    @Test
    void aRemovedPlanLeavesEveryList() {
        List<PlanDossier> plans = synthetic(120);
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        PlanDossier gone = plans.get(5);
        network.remove(gone.id());
        for (PlanDossier d : plans.subList(6, plans.size())) {
            assertEquals(network.exhaustiveNeighbours(d.id()), network.neighbours(d.id()));
            assertTrue(network.neighbours(d.id()).stream().noneMatch(n -> n.plan().equals(gone.id())));
        }
    }

    @Test
    void topOverlapsAreExplainedInTheOrderOfTheList() {
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), HandWrittenPlans.all());
        List<Overlap> top = network.topOverlaps(HandWrittenPlans.busan().id());
        assertEquals(network.neighbours(HandWrittenPlans.busan().id()).stream().map(Neighbour::plan).toList(),
                top.stream().map(Overlap::planB).toList());
        assertTrue(top.stream().allMatch(o -> !o.evidence().isEmpty()));
    }
}
