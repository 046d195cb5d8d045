package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.scap.Scap;

/** A copied network is a view of its own: the server keeps a member's drafts in one. */
class OverlapNetworkCopyTest {

    private static final Codebook CODEBOOK = HandWrittenPlans.codebook();

    private static List<PlanDossier> synthetic(int n) {
        SyntheticNetwork net = SyntheticNetwork.generate(11, n);
        return new ArrayList<>(PlanDossier.assemble(net.members(), net.plans(), net.projects()));
    }

    /** The plan with another plan's targets: it now overlaps where the other one does. */
    private static PlanDossier withTargetsOf(PlanDossier d, PlanDossier other) {
        Scap p = d.plan();
        return new PlanDossier(d.member(), new Scap(p.id(), p.network(), p.member(), p.version() + 1, p.period(), p.vision(),
                other.plan().focusAreas(), other.plan().targets(), p.projects(), p.status()), d.projects());
    }

    @Test
    void aCopyHasTheSameListsAsItsSource() {
        List<PlanDossier> plans = synthetic(150);
        OverlapNetwork source = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        OverlapNetwork copy = source.copy();
        for (PlanDossier d : plans) {
            assertEquals(source.neighbours(d.id()), copy.neighbours(d.id()), "top list of " + d.id());
        }
        assertEquals(source.plans(), copy.plans());
    }

    @Test
    void updatesOfACopyEqualRebuildingItsPlansAndLeaveTheSourceAsItWas() {
        List<PlanDossier> all = synthetic(201);
        List<PlanDossier> plans = all.subList(0, 200);
        PlanDossier added = all.get(200);
        OverlapNetwork source = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
        List<List<Neighbour>> before = plans.stream().map(d -> source.neighbours(d.id())).toList();

        OverlapNetwork copy = source.copy();
        List<PlanDossier> copied = new ArrayList<>(plans);
        for (int c = 0; c < 10; c++) {
            int at = (c * 17) % copied.size();
            PlanDossier next = withTargetsOf(copied.get(at), copied.get((at + 61) % copied.size()));
            copied.set(at, next);
            copy.update(next);
        }
        PlanDossier gone = copied.remove(3);
        copy.remove(gone.id());
        copied.add(added);
        copy.update(added);

        OverlapNetwork rebuilt = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), copied);
        for (PlanDossier d : copied) {
            assertEquals(rebuilt.neighbours(d.id()), copy.neighbours(d.id()), "top list of " + d.id() + " in the copy");
        }
        assertEquals(before, plans.stream().map(d -> source.neighbours(d.id())).toList(), "the source's lists");
        assertTrue(source.plan(gone.id()).isPresent(), "the plan removed from the copy is still in the source");
        assertTrue(source.plan(added.id()).isEmpty(), "the plan added to the copy is not in the source");
    }
}
