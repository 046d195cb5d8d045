package org.neascn.framework.overlap;

import java.util.Map;
import java.util.TreeMap;
import org.neascn.framework.overlap.text.TermVector;

/**
 * What overlap analysis compares of one plan, prepared once: its codes and indicators as sorted
 * term numbers, the term vector and the concept vector of each strategic target and project, and the summaries of those vectors
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
    /** Indicators by catalogue code, or by normalised name and unit (sorted term numbers). */
    final int[] indicators;
    /** Concept vectors of the targets and projects that speak of a concept; {@link #conceptItems} in the same order. */
    final TermVector[] concepts;
    final ItemRef[] conceptItems;
    final TermVector conceptMax;
    final TermVector conceptMean;

    PlanProfile(PlanDossier dossier, int[] focusAreas, int[] sdgTargets, int[] categories, int[] challengeCategories,
                TermVector[] targets, String[] targetKeys, TermVector[] projects, String[] projectKeys,
                TermVector challengeText, int[] indicators, TermVector[] concepts, ItemRef[] conceptItems) {
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
        this.indicators = indicators;
        this.concepts = concepts;
        this.conceptItems = conceptItems;
        this.conceptMax = summary(concepts, true);
        this.conceptMean = summary(concepts, false);
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
