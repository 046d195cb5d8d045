package org.neascn.framework.overlap.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text as weighted terms: term ids in ascending order and their weights, scaled to unit
 * length so that the dot product of two vectors is their cosine similarity (0 for texts with
 * no term in common, 1 for texts with the same terms in the same proportions).
 */
public record TermVector(int[] terms, float[] weights) {

    public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    /**
     * Weights are multiples of 2^-20 (rounded down, so a vector's length stays at most 1).
     * Their products are then exact in a double, and so are sums of them: a cosine does not
     * depend on the order in which terms were numbered, and two networks built from the same
     * plans score them identically to the last bit.
     */
    public static final double QUANTUM = 1 << 20;

    public TermVector {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("terms and weights differ in length");
        }
    }

    /**
     * A unit vector from term counts, weighting each term by 1 + ln(count) so that a word
     * repeated in a long description does not drown the others.
     */
    public static TermVector fromCounts(Map<Integer, Integer> counts) {
        if (counts.isEmpty()) {
            return EMPTY;
        }
        TreeMap<Integer, Integer> sorted = new TreeMap<>(counts);
        int[] terms = new int[sorted.size()];
        float[] weights = new float[sorted.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            terms[i] = e.getKey();
            double w = 1 + Math.log(e.getValue());
            weights[i++] = (float) w;
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        for (int j = 0; j < weights.length; j++) {
            weights[j] = (float) (Math.floor(weights[j] / length * QUANTUM) / QUANTUM);
        }
        return new TermVector(terms, weights);
    }

    /**
     * A unit vector from weights given per term (a concept and, at lower weight, its broader
     * concepts), quantized like {@link #fromCounts}.
     */
    public static TermVector fromWeights(Map<Integer, Double> given) {
        if (given.isEmpty()) {
            return EMPTY;
        }
        TreeMap<Integer, Double> sorted = new TreeMap<>(given);
        int[] terms = new int[sorted.size()];
        float[] weights = new float[sorted.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
            terms[i] = e.getKey();
            weights[i++] = e.getValue().floatValue();
            norm += (double) e.getValue().floatValue() * e.getValue().floatValue();
        }
        double length = Math.sqrt(norm);
        for (int j = 0; j < weights.length; j++) {
            weights[j] = (float) (Math.floor(weights[j] / length * QUANTUM) / QUANTUM);
        }
        return new TermVector(terms, weights);
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    /** The cosine similarity of two unit vectors, by merging their sorted terms; exact, see {@link #QUANTUM}. */
    public double dot(TermVector other) {
        int[] a = terms;
        int[] b = other.terms;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector && Arrays.equals(terms, ((TermVector) o).terms)
                && Arrays.equals(weights, ((TermVector) o).weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermVector" + Arrays.toString(terms);
    }
}
