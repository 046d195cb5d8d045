package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.overlap.text.TermVector;

/**
 * The inverted index that finds a plan's top overlaps without scoring it against every plan.
 * For a query plan it walks the postings of its codes and terms once, which yields, for every
 * plan that shares anything with it, the exact code components and an upper bound of the text
 * components (the mean vector of one side against the max vector of the other bounds every
 * best-match cosine). Plans are then scored exactly in order of promise until no remaining
 * bound can beat the k-th score: the result is the same as exhaustive scoring, ties included.
 * Not thread-safe for changes; queries may run in parallel, each with its own {@link Scratch}.
 */
final class OverlapIndex {

    /** Slack for float accumulation, so a bound is never below the score it bounds. */
    private static final double SLACK = 1e-5;

    private enum Field { FOCUS, SDG, CATEGORY, CHALLENGE_CATEGORY, TARGET_TEXT, PROJECT_TEXT, CHALLENGE_TEXT, INDICATOR, CONCEPT }

    private final List<Map<Integer, Posting>> postings = new ArrayList<>();
    final List<PlanProfile> slots = new ArrayList<>();
    private final OverlapScorer scorer;
    private final double[] w = new double[OverlapComponent.values().length];
    private final double total;

    OverlapIndex(OverlapScorer scorer, OverlapSettings settings) {
        this.scorer = scorer;
        for (OverlapComponent c : OverlapComponent.values()) {
            w[c.ordinal()] = settings.weight(c);
        }
        total = settings.totalWeight();
        for (int i = 0; i < Field.values().length; i++) {
            postings.add(new HashMap<>());
        }
    }

    /** Per-thread working memory of a query, sized to the network. */
    static final class Scratch {
        int[] focus = new int[0];
        int[] sdg = new int[0];
        int[] category = new int[0];
        int[] challengeCategory = new int[0];
        int[] indicator = new int[0];
        float[] concept = new float[0];
        float[] target = new float[0];
        float[] project = new float[0];
        float[] challenge = new float[0];
        int capacity;
        int[] touched = new int[0];
        double[] bound = new double[0];
        boolean[] scored = new boolean[0];
        int count;

        void ensure(int n) {
            if (capacity < n) {
                int c = Math.max(n, capacity * 3 / 2);
                capacity = c;
                focus = new int[c];
                sdg = new int[c];
                category = new int[c];
                challengeCategory = new int[c];
                indicator = new int[c];
                concept = new float[c];
                target = new float[c];
                project = new float[c];
                challenge = new float[c];
                touched = new int[c];
                bound = new double[c];
                scored = new boolean[c];
            }
        }
    }

    int add(PlanProfile profile) {
        slots.add(profile);
        int slot = slots.size() - 1;
        put(slot, profile);
        return slot;
    }

    void replace(int slot, PlanProfile profile) {
        PlanProfile old = slots.get(slot);
        if (old != null) {
            forEachEntry(old, (field, term, x, y) -> postings.get(field.ordinal()).get(term).remove(slot));
        }
        slots.set(slot, profile);
        if (profile != null) {
            put(slot, profile);
        }
    }

    private void put(int slot, PlanProfile p) {
        forEachEntry(p, (field, term, x, y) ->
                postings.get(field.ordinal()).computeIfAbsent(term, t -> new Posting()).add(slot, x, y));
    }

    private interface EntrySink {
        void accept(Field field, int term, float x, float y);
    }

    private static void forEachEntry(PlanProfile p, EntrySink sink) {
        codes(Field.FOCUS, p.focusAreas, sink);
        codes(Field.SDG, p.sdgTargets, sink);
        codes(Field.CATEGORY, p.categories, sink);
        codes(Field.CHALLENGE_CATEGORY, p.challengeCategories, sink);
        text(Field.TARGET_TEXT, p.targetMax, p.targetMean, sink);
        text(Field.PROJECT_TEXT, p.projectMax, p.projectMean, sink);
        text(Field.CHALLENGE_TEXT, p.challengeText, p.challengeText, sink);
        codes(Field.INDICATOR, p.indicators, sink);
        text(Field.CONCEPT, p.conceptMax, p.conceptMean, sink);
    }

    private static void codes(Field field, int[] codes, EntrySink sink) {
        for (int c : codes) {
            sink.accept(field, c, 0, 0);
        }
    }

    private static void text(Field field, TermVector max, TermVector mean, EntrySink sink) {
        for (int i = 0; i < max.terms().length; i++) {
            sink.accept(field, max.terms()[i], max.weights()[i], mean.weights()[i]);
        }
    }

    /** How many pairs have been scored exactly: the work the bounds did not save. */
    final java.util.concurrent.atomic.LongAdder exactScorings = new java.util.concurrent.atomic.LongAdder();

    double exact(int a, int b) {
        exactScorings.increment();
        // Always the lower slot first, so a pair scores the same whichever side asks.
        return a < b ? scorer.score(slots.get(a), slots.get(b)) : scorer.score(slots.get(b), slots.get(a));
    }

    /**
     * The top-k list of a plan. Afterwards the scratch holds, for every plan that shares
     * anything with it, an upper bound of its score ({@code touched}, {@code bound}).
     */
    TopList query(int slot, int k, Scratch s) {
        PlanProfile a = slots.get(slot);
        accumulate(slot, a, s, 0);
        TopList top = new TopList(k);
        // Seed with the most promising candidates so the threshold rises early.
        TopList seeds = new TopList(Math.min(k, Math.max(1, s.count)));
        for (int i = 0; i < s.count; i++) {
            seeds.offer(i, s.bound[i]);
        }
        for (int i = 0; i < seeds.size; i++) {
            int at = seeds.slots[i];
            s.scored[at] = true;
            top.offer(s.touched[at], exact(slot, s.touched[at]));
        }
        for (int i = 0; i < s.count; i++) {
            if (!s.scored[i] && !(top.isFull() && s.bound[i] < top.threshold())) {
                top.offer(s.touched[i], exact(slot, s.touched[i]));
            }
        }
        for (int i = 0; i < s.count; i++) {
            s.scored[i] = false;
        }
        return top;
    }

    final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** Scores a plan against every other plan: the reference the index must agree with. */
    TopList exhaustive(int slot, int k) {
        TopList top = new TopList(k);
        for (int b = 0; b < slots.size(); b++) {
            if (b != slot && slots.get(b) != null) {
                top.offer(b, exact(slot, b));
            }
        }
        return top;
    }

    /** Bounds for every plan from slot {@code from} on that shares anything with the query plan. */
    void accumulate(int slot, PlanProfile a, Scratch s, int from) {
        int n = slots.size();
        s.ensure(n);
        s.count = 0;
        countCodes(Field.FOCUS, a.focusAreas, s.focus, from);
        countCodes(Field.SDG, a.sdgTargets, s.sdg, from);
        countCodes(Field.CATEGORY, a.categories, s.category, from);
        countCodes(Field.CHALLENGE_CATEGORY, a.challengeCategories, s.challengeCategory, from);
        sumText(Field.TARGET_TEXT, a.targetMax, a.targetMean, s.target, true, from);
        sumText(Field.PROJECT_TEXT, a.projectMax, a.projectMean, s.project, true, from);
        sumText(Field.CHALLENGE_TEXT, a.challengeText, a.challengeText, s.challenge, false, from);
        countCodes(Field.INDICATOR, a.indicators, s.indicator, from);
        sumText(Field.CONCEPT, a.conceptMax, a.conceptMean, s.concept, true, from);
        // One sequential pass finds the plans that share anything, cheaper than marking them
        // on each of the many posting entries walked above.
        for (int b = from; b < n; b++) {
            if ((s.focus[b] | s.sdg[b] | s.category[b] | s.challengeCategory[b] | s.indicator[b]) == 0
                    && s.target[b] == 0 && s.project[b] == 0 && s.challenge[b] == 0 && s.concept[b] == 0) {
                continue;
            }
            if (b == slot) {
                clear(s, b);
                continue;
            }
            PlanProfile p = slots.get(b);
            double challengeCategories = OverlapScorer.jaccard(s.challengeCategory[b], a.challengeCategories.length,
                    p.challengeCategories.length);
            double bound = w(OverlapComponent.FOCUS_AREAS) * OverlapScorer.jaccard(s.focus[b], a.focusAreas.length, p.focusAreas.length)
                    + w(OverlapComponent.SDG_TARGETS) * OverlapScorer.jaccard(s.sdg[b], a.sdgTargets.length, p.sdgTargets.length)
                    + w(OverlapComponent.INDICATOR_CATEGORIES)
                            * OverlapScorer.jaccard(s.category[b], a.categories.length, p.categories.length)
                    + w(OverlapComponent.TARGET_TEXT) * Math.min(1, 0.5 * s.target[b] + SLACK)
                    + w(OverlapComponent.PROJECT_TEXT) * Math.min(1, 0.5 * s.project[b] + SLACK)
                    + w(OverlapComponent.CHALLENGES)
                            * OverlapScorer.challenges(challengeCategories, Math.min(1, s.challenge[b] + SLACK))
                    + w(OverlapComponent.INDICATORS) * OverlapScorer.jaccard(s.indicator[b], a.indicators.length, p.indicators.length)
                    + w(OverlapComponent.CONCEPTS) * Math.min(1, 0.5 * s.concept[b] + SLACK);
            s.touched[s.count] = b;
            s.bound[s.count++] = bound / total + SLACK;
            clear(s, b);
        }
    }

    private static void clear(Scratch s, int b) {
        s.focus[b] = 0;
        s.sdg[b] = 0;
        s.category[b] = 0;
        s.challengeCategory[b] = 0;
        s.target[b] = 0;
        s.project[b] = 0;
        s.challenge[b] = 0;
        s.indicator[b] = 0;
        s.concept[b] = 0;
    }

    private double w(OverlapComponent c) {
        return w[c.ordinal()];
    }

    private void countCodes(Field field, int[] codes, int[] counts, int from) {
        Map<Integer, Posting> map = postings.get(field.ordinal());
        for (int code : codes) {
            Posting p = map.get(code);
            for (int i = from == 0 ? 0 : p.from(from); i < p.size; i++) {
                int b = p.plans[i];
                counts[b]++;
            }
        }
    }

    private void sumText(Field field, TermVector max, TermVector mean, float[] sums, boolean crossed, int from) {
        Map<Integer, Posting> map = postings.get(field.ordinal());
        for (int t = 0; t < max.terms().length; t++) {
            Posting p = map.get(max.terms()[t]);
            float maxA = max.weights()[t];
            float meanA = mean.weights()[t];
            int[] plans = p.plans;
            float[] first = p.first;
            float[] second = p.second;
            int start = from == 0 ? 0 : p.from(from);
            if (crossed) {
                // Σ meanA·maxB + Σ maxA·meanB bounds twice the two-way best-match mean.
                for (int i = start; i < p.size; i++) {
                    sums[plans[i]] += meanA * first[i] + maxA * second[i];
                }
            } else {
                for (int i = start; i < p.size; i++) {
                    sums[plans[i]] += maxA * first[i];
                }
            }
        }
    }
}
