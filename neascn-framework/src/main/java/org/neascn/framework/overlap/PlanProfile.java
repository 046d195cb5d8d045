package org.neascn.framework.overlap;

import java.util.Map;
import java.util.TreeMap;
import org.neascn.framework.overlap.text.TermVector;

/**
 * What overlap analysis compares of one plan, prepared once: its codes as sorted term numbers,
 * the term vector of each strategic target and project, and the summaries of those vectors
 * (term by term, the largest and the mean weight) that bound text similarity from above so
 * that the index can skip plans that cannot make a top list.
 */
final class PlanProfile {

    final PlanDossier dossier;
    final int[] focusAreas;
    final int[] sdgTargets;
    final int[] categories;
    final int[] challengeCategories;
    /** Vectors of targets that have at least one term; {@link #targetKeys} in the same order. */
    final TermVector[] targets;
    final String[] targetKeys;
    final TermVector[] projects;
    final String[] projectKeys;
    final TermVector challengeText;
    final TermVector targetMax;
    final TermVector targetMean;
    final TermVector projectMax;
    final TermVector projectMean;

    PlanProfile(PlanDossier dossier, int[] focusAreas, int[] sdgTargets, int[] categories, int[] challengeCategories,
                TermVector[] targets, String[] targetKeys, TermVector[] projects, String[] projectKeys,
                TermVector challengeText) {
        this.dossier = dossier;
        this.focusAreas = focusAreas;
        this.sdgTargets = sdgTargets;
        this.categories = categories;
        this.challengeCategories = challengeCategories;
        this.targets = targets;
        this.targetKeys = targetKeys;
        this.projects = projects;
        this.projectKeys = projectKeys;
        this.challengeText = challengeText;
        this.targetMax = summary(targets, true);
        this.targetMean = summary(targets, false);
        this.projectMax = summary(projects, true);
        this.projectMean = summary(projects, false);
    }

    /** Term by term, the largest weight (max) or the mean weight over the vectors. */
    private static TermVector summary(TermVector[] vectors, boolean max) {
        if (vectors.length == 0) {
            return TermVector.EMPTY;
        }
        TreeMap<Integer, Float> acc = new TreeMap<>();
        for (TermVector v : vectors) {
            for (int i = 0; i < v.terms().length; i++) {
                float w = v.weights()[i];
                acc.merge(v.terms()[i], w, max ? Math::max : Float::sum);
            }
        }
        int[] terms = new int[acc.size()];
        float[] weights = new float[acc.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : acc.entrySet()) {
            terms[i] = e.getKey();
            weights[i++] = max ? e.getValue() : e.getValue() / vectors.length;
        }
        return new TermVector(terms, weights);
    }
}
