package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.neascn.framework.overlap.text.TermVector;
import org.neascn.framework.overlap.text.Vocabulary;
import org.neascn.model.project.Project;
import org.neascn.model.scap.StrategicTarget;

/**
 * Turns the score of two plans into {@link Evidence}: for each shared code, the targets and
 * projects of either plan that carry it; for each text match, the pair of targets or projects
 * and the words they share. Each piece carries its exact share of the score, so the evidence
 * of an overlap adds up to its score.
 */
final class Explainer {

    private static final int TERMS_SHOWN = 5;

    private final OverlapScorer scorer;
    private final Vocabulary vocabulary;
    private final Codebook codebook;

    Explainer(OverlapScorer scorer, Vocabulary vocabulary, Codebook codebook) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.codebook = codebook;
    }

    Overlap explain(PlanProfile a, PlanProfile b) {
        double[] values = scorer.components(a, b);
        Map<OverlapComponent, Double> components = new EnumMap<>(OverlapComponent.class);
        for (OverlapComponent c : OverlapComponent.values()) {
            components.put(c, values[c.ordinal()]);
        }
        List<Evidence> evidence = new ArrayList<>();
        codes(OverlapComponent.FOCUS_AREAS, a.focusAreas, b.focusAreas, a, b, evidence,
                (t, code) -> t.focusAreas().stream().anyMatch(f -> (ProfileBuilder.FOCUS + f.value()).equals(code)),
                (p, code) -> p.focusAreas().stream().anyMatch(f -> (ProfileBuilder.FOCUS + f.value()).equals(code)));
        codes(OverlapComponent.SDG_TARGETS, a.sdgTargets, b.sdgTargets, a, b, evidence,
                (t, code) -> t.sdgTargets().stream().anyMatch(s -> (ProfileBuilder.SDG + s.value()).equals(code)),
                (p, code) -> p.sdgTargets().stream().anyMatch(s -> (ProfileBuilder.SDG + s.value()).equals(code)));
        codes(OverlapComponent.INDICATOR_CATEGORIES, a.categories, b.categories, a, b, evidence,
                (t, code) -> false, (p, code) -> false); // categories: carriers() looks them up
        text(OverlapComponent.TARGET_TEXT, a.targets, a.targetKeys, b.targets, b.targetKeys, ItemRef.Kind.TARGET, a, b, evidence);
        text(OverlapComponent.PROJECT_TEXT, a.projects, a.projectKeys, b.projects, b.projectKeys, ItemRef.Kind.PROJECT, a, b, evidence);
        challenges(a, b, evidence);
        evidence.sort(Comparator.comparingDouble(Evidence::contribution).reversed());
        return new Overlap(a.dossier.id(), a.dossier.member().id(), b.dossier.id(), b.dossier.member().id(),
                scorer.combine(values), components, evidence);
    }

    private void codes(OverlapComponent component, int[] codesA, int[] codesB, PlanProfile a, PlanProfile b,
                       List<Evidence> out, BiPredicate<StrategicTarget, String> targetHas,
                       BiPredicate<Project, String> projectHas) {
        int shared = OverlapScorer.intersection(codesA, codesB);
        if (shared == 0 || scorer.weightShare(component) == 0) {
            return;
        }
        double each = scorer.weightShare(component) / (codesA.length + codesB.length - shared);
        for (int code : codesA) {
            if (ProfileBuilder.sortedContains(codesB, code)) {
                String term = vocabulary.term(code);
                out.add(new Evidence(component, carriers(a, term, targetHas, projectHas),
                        carriers(b, term, targetHas, projectHas), describe(term), each));
            }
        }
    }

    /** The targets and projects that carry a code; the plan itself when only its own list does. */
    private List<ItemRef> carriers(PlanProfile p, String term, BiPredicate<StrategicTarget, String> targetHas,
                                   BiPredicate<Project, String> projectHas) {
        List<ItemRef> refs = new ArrayList<>();
        boolean category = term.startsWith(ProfileBuilder.CATEGORY);
        for (StrategicTarget t : p.dossier.plan().targets()) {
            if (category ? t.indicators().stream().anyMatch(i -> i.catalogueCode() != null
                    && term.equals(ProfileBuilder.CATEGORY + categoryOf(i))) : targetHas.test(t, term)) {
                refs.add(new ItemRef(ItemRef.Kind.TARGET, p.dossier.id(), t.key()));
            }
        }
        for (Project project : p.dossier.projects()) {
            if (projectHas.test(project, term)) {
                refs.add(new ItemRef(ItemRef.Kind.PROJECT, p.dossier.id(), project.id().value()));
            }
        }
        if (refs.isEmpty()) {
            refs.add(new ItemRef(ItemRef.Kind.PLAN, p.dossier.id(), p.dossier.id().value()));
        }
        return refs;
    }

    private String categoryOf(org.neascn.model.scap.Indicator indicator) {
        return codebook.category(indicator.catalogueCode(), "catalogueCode");
    }

    private void text(OverlapComponent component, TermVector[] va, String[] keysA, TermVector[] vb, String[] keysB,
                      ItemRef.Kind kind, PlanProfile a, PlanProfile b, List<Evidence> out) {
        if (va.length == 0 || vb.length == 0 || scorer.weightShare(component) == 0) {
            return;
        }
        double share = scorer.weightShare(component) * 0.5;
        double[][] cos = new double[va.length][vb.length];
        for (int i = 0; i < va.length; i++) {
            for (int j = 0; j < vb.length; j++) {
                cos[i][j] = va[i].dot(vb[j]);
            }
        }
        Map<Long, Double> pairs = new LinkedHashMap<>();
        for (int i = 0; i < va.length; i++) {
            int best = 0;
            for (int j = 1; j < vb.length; j++) {
                best = cos[i][j] > cos[i][best] ? j : best;
            }
            if (cos[i][best] > 0) {
                pairs.merge(((long) i << 32) | best, share * cos[i][best] / va.length, Double::sum);
            }
        }
        for (int j = 0; j < vb.length; j++) {
            int best = 0;
            for (int i = 1; i < va.length; i++) {
                best = cos[i][j] > cos[best][j] ? i : best;
            }
            if (cos[best][j] > 0) {
                pairs.merge(((long) best << 32) | j, share * cos[best][j] / vb.length, Double::sum);
            }
        }
        pairs.forEach((pair, contribution) -> {
            int i = (int) (pair >>> 32);
            int j = (int) (pair & 0xffffffffL);
            out.add(new Evidence(component, List.of(new ItemRef(kind, a.dossier.id(), keysA[i])),
                    List.of(new ItemRef(kind, b.dossier.id(), keysB[j])),
                    String.format(java.util.Locale.ROOT, "text (cosine %.2f): %s", cos[i][j], sharedTerms(va[i], vb[j])),
                    contribution));
        });
    }

    private void challenges(PlanProfile a, PlanProfile b, List<Evidence> out) {
        double categoryShare = OverlapScorer.jaccard(a.challengeCategories, b.challengeCategories);
        double textCosine = a.challengeText.dot(b.challengeText);
        if (Math.max(categoryShare, textCosine) <= 0 || scorer.weightShare(OverlapComponent.CHALLENGES) == 0) {
            return;
        }
        BiPredicate<Project, String> hasCategory = (p, term) -> p.challenges().stream()
                .anyMatch(c -> c.category() != null && term.equals(ProfileBuilder.CHALLENGE + c.category()));
        if (categoryShare >= textCosine) {
            codes(OverlapComponent.CHALLENGES, a.challengeCategories, b.challengeCategories, a, b, out,
                    (t, code) -> false, hasCategory);
        } else {
            BiPredicate<Project, String> hasChallenge = (p, term) -> !p.challenges().isEmpty();
            out.add(new Evidence(OverlapComponent.CHALLENGES, carriers(a, "", (t, c) -> false, hasChallenge),
                    carriers(b, "", (t, c) -> false, hasChallenge),
                    String.format(java.util.Locale.ROOT, "challenge text (cosine %.2f): %s", textCosine,
                            sharedTerms(a.challengeText, b.challengeText)),
                    scorer.weightShare(OverlapComponent.CHALLENGES) * textCosine));
        }
    }

    private String sharedTerms(TermVector x, TermVector y) {
        Map<Integer, Double> products = new LinkedHashMap<>();
        int i = 0;
        int j = 0;
        while (i < x.terms().length && j < y.terms().length) {
            if (x.terms()[i] == y.terms()[j]) {
                products.put(x.terms()[i], (double) x.weights()[i] * y.weights()[j]);
                i++;
                j++;
            } else if (x.terms()[i] < y.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return String.join(", ", products.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(TERMS_SHOWN).map(e -> vocabulary.term(e.getKey())).toList());
    }

    private static String describe(String term) {
        if (term.startsWith(ProfileBuilder.FOCUS)) {
            return "focus area " + term.substring(ProfileBuilder.FOCUS.length());
        }
        if (term.startsWith(ProfileBuilder.SDG)) {
            return "SDG " + term.substring(ProfileBuilder.SDG.length());
        }
        if (term.startsWith(ProfileBuilder.CATEGORY)) {
            return "indicator category " + term.substring(ProfileBuilder.CATEGORY.length());
        }
        return "challenge category " + term.substring(ProfileBuilder.CHALLENGE.length());
    }
}
