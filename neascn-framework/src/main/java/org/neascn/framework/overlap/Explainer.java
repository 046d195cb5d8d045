package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.neascn.framework.overlap.text.TermVector;
import org.neascn.framework.overlap.text.TextAnalyzer;
import org.neascn.framework.overlap.text.Vocabulary;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Turns the score of two plans into {@link Evidence}: for each shared code, the targets and
 * projects of either plan that carry it; for each shared indicator, the targets that measure it;
 * for each pair of items matched by wording or by concept, the pair and what it shares (see
 * {@link PairEvidence}). Each piece carries its exact share of the score, so the evidence of an
 * overlap adds up to its score.
 *
 * <p>A broad code says little about which items correspond: a waste target and a PM2.5 target
 * both serve SDG 11.6. So the items named for a shared focus area or SDG target are only those
 * that also share a concept with an item on the other side that carries the code, or the only
 * carrier on each side; otherwise the evidence names the two plans, which is all the code shows.
 */
final class Explainer {

    private final OverlapScorer scorer;
    private final Vocabulary vocabulary;
    private final Codebook codebook;
    private final PairEvidence pairs;
    private final TextAnalyzer analyzer;

    Explainer(OverlapScorer scorer, Vocabulary vocabulary, Codebook codebook, TextAnalyzer analyzer,
              ConceptItems concepts) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.codebook = codebook;
        this.analyzer = analyzer;
        this.pairs = new PairEvidence(scorer, vocabulary, codebook, analyzer, concepts);
    }

    Overlap explain(PlanProfile a, PlanProfile b) {
        double[] values = scorer.components(a, b);
        Map<OverlapComponent, Double> components = new EnumMap<>(OverlapComponent.class);
        for (OverlapComponent c : OverlapComponent.values()) {
            components.put(c, values[c.ordinal()]);
        }
        List<Evidence> evidence = new ArrayList<>();
        codes(OverlapComponent.FOCUS_AREAS, a.focusAreas, b.focusAreas, a, b, evidence, true,
                (t, code) -> t.focusAreas().stream().anyMatch(f -> (ProfileBuilder.FOCUS + f.value()).equals(code)),
                (p, code) -> p.focusAreas().stream().anyMatch(f -> (ProfileBuilder.FOCUS + f.value()).equals(code)));
        codes(OverlapComponent.SDG_TARGETS, a.sdgTargets, b.sdgTargets, a, b, evidence, true,
                (t, code) -> t.sdgTargets().stream().anyMatch(s -> (ProfileBuilder.SDG + s.value()).equals(code)),
                (p, code) -> p.sdgTargets().stream().anyMatch(s -> (ProfileBuilder.SDG + s.value()).equals(code)));
        codes(OverlapComponent.INDICATOR_CATEGORIES, a.categories, b.categories, a, b, evidence, false,
                (t, code) -> t.indicators().stream().anyMatch(i -> i.catalogueCode() != null
                        && code.equals(ProfileBuilder.CATEGORY + codebook.category(i.catalogueCode(), "catalogueCode"))),
                (p, code) -> false);
        indicators(a, b, evidence);
        pairs.add(OverlapComponent.CONCEPTS, PairEvidence.concepts(a), PairEvidence.concepts(b), evidence);
        pairs.add(OverlapComponent.TARGET_TEXT, PairEvidence.targets(a), PairEvidence.targets(b), evidence);
        pairs.add(OverlapComponent.PROJECT_TEXT, PairEvidence.projects(a), PairEvidence.projects(b), evidence);
        challenges(a, b, evidence);
        evidence.sort(Comparator.comparingDouble(Evidence::contribution).reversed());
        return new Overlap(a.dossier.id(), a.dossier.member().id(), b.dossier.id(), b.dossier.member().id(),
                scorer.combine(values), components, evidence);
    }

    private void codes(OverlapComponent component, int[] codesA, int[] codesB, PlanProfile a, PlanProfile b,
                       List<Evidence> out, boolean broad, BiPredicate<StrategicTarget, String> targetHas,
                       BiPredicate<Project, String> projectHas) {
        int shared = OverlapScorer.intersection(codesA, codesB);
        if (shared == 0 || scorer.weightShare(component) == 0) {
            return;
        }
        double each = scorer.weightShare(component) / (codesA.length + codesB.length - shared);
        for (int code : codesA) {
            if (ProfileBuilder.sortedContains(codesB, code)) {
                String term = vocabulary.term(code);
                List<ItemRef> fromA = carriers(a, term, targetHas, projectHas);
                List<ItemRef> fromB = carriers(b, term, targetHas, projectHas);
                if (broad) {
                    List<ItemRef> specificA = corresponding(a, fromA, b, fromB);
                    if (!specificA.isEmpty()) {
                        fromB = corresponding(b, fromB, a, fromA);
                        fromA = specificA;
                    } else if (!(fromA.size() == 1 && fromB.size() == 1 && unknown(a, fromA.get(0)) && unknown(b, fromB.get(0)))) {
                        // Items that carry the code but speak of different concepts do not correspond.
                        fromA = plan(a);
                        fromB = plan(b);
                    }
                }
                out.add(new Evidence(component, fromA, fromB, describe(term), each, subject(term), List.of(), List.of()));
            }
        }
    }

    /** The carriers of one side that share a concept with some carrier of the other. */
    private static List<ItemRef> corresponding(PlanProfile p, List<ItemRef> carriers, PlanProfile q, List<ItemRef> others) {
        List<ItemRef> out = new ArrayList<>();
        for (ItemRef item : carriers) {
            TermVector v = conceptVector(p, item);
            if (!v.isEmpty() && others.stream().anyMatch(o -> v.dot(conceptVector(q, o)) > 0)) {
                out.add(item);
            }
        }
        return out;
    }

    /** An item whose texts name no concept, so nothing says what it is about beyond its codes. */
    private static boolean unknown(PlanProfile p, ItemRef item) {
        return item.kind() == ItemRef.Kind.PLAN || conceptVector(p, item).isEmpty();
    }

    private static TermVector conceptVector(PlanProfile p, ItemRef item) {
        for (int i = 0; i < p.conceptItems.length; i++) {
            if (p.conceptItems[i].equals(item)) {
                return p.concepts[i];
            }
        }
        return TermVector.EMPTY;
    }

    private static List<ItemRef> plan(PlanProfile p) {
        return List.of(new ItemRef(ItemRef.Kind.PLAN, p.dossier.id(), p.dossier.id().value()));
    }

    /** The targets and projects that carry a code; the plan itself when only its own list does. */
    private List<ItemRef> carriers(PlanProfile p, String term, BiPredicate<StrategicTarget, String> targetHas,
                                   BiPredicate<Project, String> projectHas) {
        List<ItemRef> refs = new ArrayList<>();
        for (StrategicTarget t : p.dossier.plan().targets()) {
            if (targetHas.test(t, term)) {
                refs.add(new ItemRef(ItemRef.Kind.TARGET, p.dossier.id(), t.key()));
            }
        }
        for (Project project : p.dossier.projects()) {
            if (projectHas.test(project, term)) {
                refs.add(new ItemRef(ItemRef.Kind.PROJECT, p.dossier.id(), project.id().value()));
            }
        }
        return refs.isEmpty() ? plan(p) : refs;
    }

    /** Shared indicators: the targets of each side that measure one, and its names as each side writes them. */
    private void indicators(PlanProfile a, PlanProfile b, List<Evidence> out) {
        int shared = OverlapScorer.intersection(a.indicators, b.indicators);
        if (shared == 0 || scorer.weightShare(OverlapComponent.INDICATORS) == 0) {
            return;
        }
        double each = scorer.weightShare(OverlapComponent.INDICATORS) / (a.indicators.length + b.indicators.length - shared);
        for (int code : a.indicators) {
            if (ProfileBuilder.sortedContains(b.indicators, code)) {
                String term = vocabulary.term(code);
                List<ItemRef> fromA = new ArrayList<>();
                List<ItemRef> fromB = new ArrayList<>();
                List<Indicator> named = new ArrayList<>();
                measuring(a, term, fromA, named);
                int onA = named.size();
                measuring(b, term, fromB, named);
                Indicator first = named.get(0);
                String unit = first.unit();
                out.add(new Evidence(OverlapComponent.INDICATORS, fromA, fromB,
                        "indicator " + first.name().in("en").orElse(first.name().originalText()) + " (" + unit + ")", each,
                        first.name(), names(named.subList(0, onA)), names(named.subList(onA, named.size()))));
            }
        }
    }

    private void measuring(PlanProfile p, String term, List<ItemRef> refs, List<Indicator> named) {
        for (StrategicTarget t : p.dossier.plan().targets()) {
            for (Indicator i : t.indicators()) {
                if (ProfileBuilder.indicatorTerm(codebook, i).equals(term)) {
                    refs.add(new ItemRef(ItemRef.Kind.TARGET, p.dossier.id(), t.key()));
                    named.add(i);
                    break;
                }
            }
        }
    }

    private static List<Evidence.Words> names(List<Indicator> indicators) {
        Map<String, Set<String>> byLanguage = new java.util.LinkedHashMap<>();
        indicators.forEach(i -> i.name().texts().forEach((tag, text) ->
                byLanguage.computeIfAbsent(tag, t -> new LinkedHashSet<>()).add(text)));
        List<Evidence.Words> out = new ArrayList<>();
        byLanguage.forEach((tag, words) -> out.add(new Evidence.Words(tag, List.copyOf(words))));
        return out;
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
            codes(OverlapComponent.CHALLENGES, a.challengeCategories, b.challengeCategories, a, b, out, false,
                    (t, code) -> false, hasCategory);
        } else {
            BiPredicate<Project, String> hasChallenge = (p, term) -> !p.challenges().isEmpty();
            List<Evidence.Words> wordsA = pairs.challengeWords(challengeTexts(a), a.challengeText, b.challengeText);
            List<Evidence.Words> wordsB = pairs.challengeWords(challengeTexts(b), a.challengeText, b.challengeText);
            out.add(new Evidence(OverlapComponent.CHALLENGES, carriers(a, "", (t, c) -> false, hasChallenge),
                    carriers(b, "", (t, c) -> false, hasChallenge),
                    String.format(java.util.Locale.ROOT, "challenge wording (cosine %.2f): %s", textCosine,
                            PairEvidence.joined(wordsA)),
                    scorer.weightShare(OverlapComponent.CHALLENGES) * textCosine, PairEvidence.subject(wordsA), wordsA, wordsB));
        }
    }

    private static List<LocalizedText> challengeTexts(PlanProfile p) {
        return p.dossier.projects().stream().flatMap(x -> x.challenges().stream()).map(Challenge::text).toList();
    }

    private String describe(String term) {
        if (term.startsWith(ProfileBuilder.FOCUS)) {
            LocalizedText label = codebook.focusAreaLabel(FocusAreaCode.of(term.substring(ProfileBuilder.FOCUS.length())));
            return "focus area " + label.in("en").orElse(label.originalText());
        }
        if (term.startsWith(ProfileBuilder.SDG)) {
            return "SDG " + term.substring(ProfileBuilder.SDG.length());
        }
        if (term.startsWith(ProfileBuilder.CATEGORY)) {
            return "indicator category " + term.substring(ProfileBuilder.CATEGORY.length());
        }
        return "challenge category " + term.substring(ProfileBuilder.CHALLENGE.length());
    }

    private LocalizedText subject(String term) {
        if (term.startsWith(ProfileBuilder.FOCUS)) {
            return codebook.focusAreaLabel(FocusAreaCode.of(term.substring(ProfileBuilder.FOCUS.length())));
        }
        return LocalizedText.of("en", describe(term));
    }
}
