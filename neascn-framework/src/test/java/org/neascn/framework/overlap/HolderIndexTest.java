package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.scap.ScapId;

/**
 * The index of which lists hold a plan must say what looking into every list says, whatever
 * sequence of changes the network went through; and the lists it steers must stay those of
 * exhaustive scoring.
 */
class HolderIndexTest {

    private static final Codebook CODEBOOK = HandWrittenPlans.codebook();
    private static final List<PlanDossier> PLANS;

    static {
        SyntheticNetwork net = SyntheticNetwork.generate(11, 80);
        PLANS = List.copyOf(PlanDossier.assemble(net.members(), net.plans(), net.projects()));
    }

    /** Change kinds: 0 revise the plan with another's targets, 1 remove it, 2 put its first version back. */
    @Provide
    Arbitrary<List<Tuple3<Integer, Integer, Integer>>> changes() {
        Arbitrary<Integer> plan = Arbitraries.integers().between(0, PLANS.size() - 1);
        return Arbitraries.integers().between(0, 2).flatMap(kind -> plan.flatMap(a -> plan.map(b -> Tuple.of(kind, a, b))))
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 25)
    void holdersAgreeWithAScanOfEveryListAfterAnyUpdatesAndRemovals(
            @ForAll("changes") List<Tuple3<Integer, Integer, Integer>> changes) {
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), PLANS);
        Map<ScapId, PlanDossier> current = new HashMap<>();
        PLANS.forEach(d -> current.put(d.id(), d));
        for (Tuple3<Integer, Integer, Integer> change : changes) {
            PlanDossier d = PLANS.get(change.get2());
            switch (change.get1()) {
                case 0 -> {
                    PlanDossier next = OverlapNetworkTest.revised(current.getOrDefault(d.id(), d), PLANS.get(change.get3()));
                    network.update(next);
                    current.put(d.id(), next);
                }
                case 1 -> {
                    network.remove(d.id());
                    current.remove(d.id());
                }
                default -> {
                    network.update(d);
                    current.put(d.id(), d);
                }
            }
            assertTrue(network.holdersAgreeWithLists(), "after " + change);
        }
        for (ScapId id : current.keySet()) {
            assertEquals(network.exhaustiveNeighbours(id), network.neighbours(id), "top list of " + id);
        }
    }

    @Property(tries = 50)
    void aCopyKeepsItsHoldersApartFromItsSource(@ForAll("changes") List<Tuple3<Integer, Integer, Integer>> changes) {
        OverlapNetwork source = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), PLANS.subList(0, 30));
        OverlapNetwork copy = source.copy();
        for (Tuple3<Integer, Integer, Integer> change : changes) {
            copy.remove(PLANS.get(change.get2() % 30).id());
        }
        assertTrue(copy.holdersAgreeWithLists());
        assertTrue(source.holdersAgreeWithLists());
    }

    /** The table itself, against a plain set: adds and removes in any order, with growth and collisions. */
    @Property(tries = 200)
    void holdersOfAPlanAreTheSetOfItsEnteredHolders(
            @ForAll("holderChanges") List<Integer> changes) {
        HolderIndex index = new HolderIndex();
        index.ensure(300);
        Set<Integer> expected = new TreeSet<>();
        for (int change : changes) {
            TopList list = new TopList(1);
            list.offer(7, 1);
            int holder = Math.abs(change);
            if (change >= 0) {
                index.enter(holder, list);
                expected.add(holder);
            } else {
                index.leave(holder, list);
                expected.remove(holder);
            }
            int[] holders = index.holdersOf(7);
            java.util.Arrays.sort(holders);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), holders);
        }
    }

    @Provide
    Arbitrary<List<Integer>> holderChanges() {
        return Arbitraries.integers().between(-299, 299).list().ofMinSize(1).ofMaxSize(400);
    }
}
