package org.neascn.framework.overlap;

import org.neascn.framework.overlap.text.TermVector;

/**
 * The overlap score of two plans: the weighted mean of the {@link OverlapComponent}s. Code
 * components are Jaccard shares (codes both plans use over codes either uses); text and concept
 * components average, in both directions, how well each target (or project) of one plan is matched by its
 * most similar counterpart in the other. The score is symmetric to the last bit, so a pair
 * scores the same from either side.
 */
final class OverlapScorer {

    private final double[] weights = new double[OverlapComponent.values().length];
    private final double total;
    private final org.neascn.framework.overlap.text.Vocabulary vocabulary;
    private final ThreadLocal<float[]> dense = ThreadLocal.withInitial(() -> new float[0]);

    OverlapScorer(OverlapSettings settings, org.neascn.framework.overlap.text.Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (OverlapComponent c : OverlapComponent.values()) {
            weights[c.ordinal()] = settings.weight(c);
        }
        total = settings.totalWeight();
    }

    double weightShare(OverlapComponent c) {
        return weights[c.ordinal()] / total;
    }

    double score(PlanProfile a, PlanProfile b) {
        return combine(components(a, b));
    }

    double combine(double[] components) {
        double sum = 0;
        for (int i = 0; i < components.length; i++) {
            sum += weights[i] * components[i];
        }
        return sum / total;
    }

    double[] components(PlanProfile a, PlanProfile b) {
        double[] c = new double[weights.length];
        c[OverlapComponent.FOCUS_AREAS.ordinal()] = jaccard(a.focusAreas, b.focusAreas);
        c[OverlapComponent.SDG_TARGETS.ordinal()] = jaccard(a.sdgTargets, b.sdgTargets);
        c[OverlapComponent.INDICATOR_CATEGORIES.ordinal()] = jaccard(a.categories, b.categories);
        c[OverlapComponent.TARGET_TEXT.ordinal()] = weights[OverlapComponent.TARGET_TEXT.ordinal()] == 0
                ? 0 : bestMatch(a.targets, b.targets);
        c[OverlapComponent.PROJECT_TEXT.ordinal()] = weights[OverlapComponent.PROJECT_TEXT.ordinal()] == 0
                ? 0 : bestMatch(a.projects, b.projects);
        c[OverlapComponent.INDICATORS.ordinal()] = jaccard(a.indicators, b.indicators);
        c[OverlapComponent.CONCEPTS.ordinal()] = weights[OverlapComponent.CONCEPTS.ordinal()] == 0
                ? 0 : bestMatch(a.concepts, b.concepts);
        c[OverlapComponent.CHALLENGES.ordinal()] = challenges(jaccard(a.challengeCategories, b.challengeCategories),
                a.challengeText.dot(b.challengeText));
        return c;
    }

    static double challenges(double categoryShare, double textCosine) {
        return Math.max(categoryShare, textCosine);
    }

    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        return jaccard(intersection(a, b), a.length, b.length);
    }

    static double jaccard(int shared, int sizeA, int sizeB) {
        int union = sizeA + sizeB - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * Half the mean over A of each item's best cosine in B, plus half the same from B's side;
     * 0 when either side has no text.
     */
    double bestMatch(TermVector[] a, TermVector[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        float[] dense = this.dense.get();
        if (dense.length < vocabulary.size()) {
            dense = new float[vocabulary.size() + 1024];
            this.dense.set(dense);
        }
        double[] columnMax = new double[b.length];
        double rowSum = 0;
        for (TermVector ai : a) {
            // Scatter one side, gather the other. Products of quantized weights and their sums
            // are exact, so the result equals ai.dot(b[j]) and bj.dot(ai) to the bit.
            int[] at = ai.terms();
            float[] aw = ai.weights();
            for (int t = 0; t < at.length; t++) {
                dense[at[t]] = aw[t];
            }
            double rowMax = 0;
            for (int j = 0; j < b.length; j++) {
                int[] bt = b[j].terms();
                float[] bw = b[j].weights();
                double cos = 0;
                for (int t = 0; t < bt.length; t++) {
                    cos += (double) dense[bt[t]] * bw[t];
                }
                if (cos > rowMax) {
                    rowMax = cos;
                }
                if (cos > columnMax[j]) {
                    columnMax[j] = cos;
                }
            }
            rowSum += rowMax;
            for (int t = 0; t < at.length; t++) {
                dense[at[t]] = 0;
            }
        }
        double columnSum = 0;
        for (double m : columnMax) {
            columnSum += m;
        }
        return 0.5 * (rowSum / a.length + columnSum / b.length);
    }
}
