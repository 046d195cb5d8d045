package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.neascn.framework.overlap.text.TextAnalyzer;
import org.neascn.framework.overlap.text.Vocabulary;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;

/**
 * The overlaps across a network's action plans: for every plan, the k plans it overlaps with
 * most, found through an inverted index over codes and terms (the same result as scoring
 * every pair, at a fraction of the work), and kept current as plans change.
 *
 * <pre>{@code
 * OverlapNetwork network = OverlapNetwork.build(Codebook.of(ReferenceData.standard(), NetworkId.of("neascn")),
 *         OverlapSettings.defaults(), dossiers);
 * List<Overlap> top = network.topOverlaps(ScapId.of("busan-scap-1"));   // explained, best first
 * network.update(changedDossier);                                      // only what it touches
 * }</pre>
 *
 * <p>Safe to share between threads: every method holds the network's lock, so a change
 * ({@link #update}, {@link #remove}) is seen whole or not at all.
 */
public final class OverlapNetwork {

    /** How top lists are computed: through the index, or by scoring every pair (the reference). */
    public enum Strategy { INDEXED, EXHAUSTIVE }

    private final Codebook codebook;
    private final OverlapSettings settings;
    private final Vocabulary vocabulary;
    private final TextAnalyzer analyzer;
    private final ProfileBuilder profiles;
    private final OverlapIndex index;
    private final Explainer explainer;
    private final Map<ScapId, Integer> slotOf = new HashMap<>();
    /** Lists are kept twice as deep as shown, so a plan dropping out rarely forces a recomputation. */
    private final int depth;
    private final List<TopList> lists = new ArrayList<>();
    /** Counts the changes to plans and lists, so that what is derived from them (suggestions) can be kept until the next. */
    private volatile long revision;
    /** Which lists hold each plan; changed with the lists, through {@link #setList} or around an in-place change. */
    private HolderIndex holders = new HolderIndex();

    private OverlapNetwork(Codebook codebook, OverlapSettings settings) {
        this.codebook = codebook;
        this.settings = settings;
        this.vocabulary = new Vocabulary();
        this.analyzer = new TextAnalyzer(vocabulary);
        OverlapScorer scorer = new OverlapScorer(settings, vocabulary);
        ConceptItems concepts = new ConceptItems(codebook, vocabulary);
        this.profiles = new ProfileBuilder(codebook, vocabulary, analyzer, concepts);
        this.index = new OverlapIndex(scorer, settings);
        this.explainer = new Explainer(scorer, vocabulary, codebook, analyzer, concepts);
        this.depth = 2 * settings.topK();
    }

    /**
     * A copy that shares what never changes (the vocabulary only grows and a term's number never
     * changes; plan profiles are immutable; analyzers and scorers hold no plan) and owns its
     * index and top lists.
     */
    private OverlapNetwork(OverlapNetwork source) {
        this.codebook = source.codebook;
        this.settings = source.settings;
        this.vocabulary = source.vocabulary;
        this.analyzer = source.analyzer;
        this.profiles = source.profiles;
        this.index = source.index.copy();
        this.explainer = source.explainer;
        this.depth = source.depth;
        this.slotOf.putAll(source.slotOf);
        source.lists.forEach(list -> lists.add(list.copy()));
        this.holders = source.holders.copy();
    }

    /**
     * Analyses every plan and ranks its overlaps.
     *
     * @throws InvalidValueException naming the plan and field, for a plan given twice or a
     *                               code outside the network's vocabulary
     */
    public static OverlapNetwork build(Codebook codebook, OverlapSettings settings, List<PlanDossier> dossiers) {
        OverlapNetwork network = new OverlapNetwork(codebook, settings);
        PlanProfile[] built = new PlanProfile[dossiers.size()];
        IntStream.range(0, dossiers.size()).parallel().forEach(i -> built[i] = network.profile(dossiers.get(i)));
        for (PlanProfile p : built) {
            if (network.slotOf.putIfAbsent(p.dossier.id(), network.index.add(p)) != null) {
                throw new InvalidValueException("plans[" + p.dossier.id() + "]", "the plan is given twice");
            }
            network.lists.add(new TopList(network.depth).seal());
        }
        network.rankAll(Strategy.INDEXED);
        return network;
    }

    /**
     * Recomputes every plan's top list from scratch; used to compare the strategies. Both use
     * every core; the exhaustive one scores each pair of plans once and holds all pair scores
     * (8 bytes each) until done, so keep it to networks of a few thousand plans.
     */
    public synchronized void rankAll(Strategy strategy) {
        TopList[] all = strategy == Strategy.EXHAUSTIVE
                ? NetworkRanking.exhaustiveAll(index, depth) : NetworkRanking.rankAll(index, depth);
        for (int slot = 0; slot < all.length; slot++) {
            lists.set(slot, all[slot].seal());
        }
        revision++;
        holders = HolderIndex.of(lists);
    }

    /**
     * An independent network with the same plans and lists, for a view that differs from this
     * one by a few plans: copying and then {@link #update updating} those plans costs a fraction
     * of {@link #build building} it (no text is analysed again, no list recomputed), and leaves
     * this network as it was. Changes to either are not seen by the other.
     */
    public synchronized OverlapNetwork copy() {
        return new OverlapNetwork(this);
    }

    /** How many plan pairs this network has scored exactly so far (a measure of work for benchmarks). */
    public long exactScorings() {
        return index.exactScorings.sum();
    }

    /**
     * How many times the plans or their lists have changed ({@link #update}, {@link #remove},
     * {@link #rankAll}). Whatever was derived from the network at one revision holds until the
     * revision moves; read it before deriving, so that a change made meanwhile is not missed.
     * A copy counts on its own, so compare revisions of one network object only.
     */
    public long revision() {
        return revision;
    }

    public OverlapSettings settings() {
        return settings;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** The plans in the network, in the order they joined. */
    public synchronized List<PlanDossier> plans() {
        return index.slots.stream().filter(p -> p != null).map(p -> p.dossier).toList();
    }

    public synchronized Optional<PlanDossier> plan(ScapId id) {
        return Optional.ofNullable(slotOf.get(id)).map(s -> index.slots.get(s).dossier);
    }

    /** The plans a plan overlaps with most, best first, with their scores; empty for an unknown plan. */
    public synchronized List<Neighbour> neighbours(ScapId plan) {
        Integer slot = slotOf.get(plan);
        return slot == null ? List.of() : neighbours(lists.get(slot));
    }

    /** The same list computed by scoring the plan against every other plan, for checking the index. */
    public synchronized List<Neighbour> exhaustiveNeighbours(ScapId plan) {
        Integer slot = slotOf.get(plan);
        return slot == null ? List.of() : neighbours(index.exhaustive(slot, depth));
    }

    /** A plan's top overlaps, each explained item by item. */
    public synchronized List<Overlap> topOverlaps(ScapId plan) {
        return neighbours(plan).stream().map(n -> explain(plan, n.plan()).orElseThrow()).toList();
    }

    /** The overlap of any two plans of the network, explained; empty when either is unknown. */
    public synchronized Optional<Overlap> explain(ScapId a, ScapId b) {
        Integer sa = slotOf.get(a);
        Integer sb = slotOf.get(b);
        if (sa == null || sb == null) {
            return Optional.empty();
        }
        return Optional.of(explainer.explain(index.slots.get(sa), index.slots.get(sb)));
    }

    /**
     * Adds a plan or replaces its earlier version, and updates only the top lists it can
     * change: its own; those that held it (it leaves, and comes back if it still beats every
     * plan outside; a list is recomputed only when it falls short of top-k); and those it now
     * enters, found among the plans whose score bound reaches their list's floor.
     */
    public synchronized void update(PlanDossier dossier) {
        PlanProfile profile = profile(dossier);
        revision++;
        Integer existing = slotOf.get(dossier.id());
        int slot;
        if (existing == null) {
            slot = index.add(profile);
            slotOf.put(dossier.id(), slot);
            lists.add(new TopList(depth).seal());
            holders.ensure(lists.size());
        } else {
            slot = existing;
            index.replace(slot, profile);
        }
        OverlapIndex.Scratch s = index.scratch.get();
        setList(slot, index.query(slot, depth, s).seal());
        // Taken before the plan enters new lists: these are the lists it may leave.
        int[] held = holders.holdersOf(slot);
        for (int i = 0; i < s.count; i++) {
            int q = s.touched[i];
            TopList list = lists.get(q);
            // The bound first: most touched plans cannot reach their list's floor, and looking
            // the plan up in each of their lists was most of an update's time at 13,000 plans.
            if (s.bound[i] >= list.floorScore && list.indexOf(slot) < 0) {
                holders.leave(q, list);
                list.admit(slot, index.exact(slot, q));
                holders.enter(q, list);
            }
        }
        for (int q : held) {
            reconsider(q, slot, index.exact(slot, q));
        }
    }

    /** Takes a plan out of the network; the lists that held it are completed from the index. */
    public synchronized void remove(ScapId plan) {
        Integer slot = slotOf.remove(plan);
        if (slot == null) {
            return;
        }
        revision++;
        int[] held = holders.holdersOf(slot);
        index.replace(slot, null);
        setList(slot, new TopList(depth).seal());
        for (int q : held) {
            reconsider(q, slot, 0);
        }
    }

    /** Whether the index of holders says what a look into every list says (for tests). */
    synchronized boolean holdersAgreeWithLists() {
        return holders.agrees(HolderIndex.of(lists), lists.size());
    }

    private void setList(int q, TopList list) {
        holders.leave(q, lists.get(q));
        lists.set(q, list);
        holders.enter(q, list);
    }

    /**
     * A list that held the changed plan: the plan leaves, then comes back in if its new score
     * beats every plan outside. Only a list left shorter than top-k, with plans below it that
     * might score, is recomputed.
     */
    private void reconsider(int q, int slot, double score) {
        TopList list = lists.get(q);
        holders.leave(q, list);
        list.removeAt(list.indexOf(slot));
        list.admit(slot, score);
        if (list.size < settings.topK() && list.hasPlansBelow()) {
            list = index.query(q, depth, index.scratch.get()).seal();
            lists.set(q, list);
        }
        holders.enter(q, list);
    }

    private List<Neighbour> neighbours(TopList list) {
        int shown = Math.min(list.size, settings.topK());
        List<Neighbour> out = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            out.add(new Neighbour(index.slots.get(list.slots[i]).dossier.id(), list.scores[i]));
        }
        return out;
    }

    private PlanProfile profile(PlanDossier dossier) {
        try {
            return profiles.profile(dossier);
        } catch (InvalidValueException e) {
            throw e.within("plans[" + dossier.id() + "]");
        }
    }
}
