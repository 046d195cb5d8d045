package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neascn.framework.overlap.text.TermVector;
import org.neascn.framework.overlap.text.TextAnalyzer;
import org.neascn.framework.overlap.text.Vocabulary;
import org.neascn.model.project.Project;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.Concept;

/**
 * Evidence of the item components (target text, project text, concepts): the pairs of items that
 * the two-way best match chose, each with its exact share of the score, what the pair has in
 * common (the most specific shared concept, or the shared words) and the words each side wrote
 * for it, in its own language.
 */
final class PairEvidence {

    private static final int TERMS_SHOWN = 5;

    private final OverlapScorer scorer;
    private final Vocabulary vocabulary;
    private final Codebook codebook;
    private final TextAnalyzer analyzer;
    private final ConceptItems concepts;

    PairEvidence(OverlapScorer scorer, Vocabulary vocabulary, Codebook codebook, TextAnalyzer analyzer,
                 ConceptItems concepts) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.codebook = codebook;
        this.analyzer = analyzer;
        this.concepts = concepts;
    }

    /** The items of one side as the component compares them. */
    record Side(PlanProfile plan, TermVector[] vectors, ItemRef[] items, Function<ItemRef, List<LocalizedText>> texts) {
    }

    static Side targets(PlanProfile p) {
        ItemRef[] refs = new ItemRef[p.targetKeys.length];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = new ItemRef(ItemRef.Kind.TARGET, p.dossier.id(), p.targetKeys[i]);
        }
        return new Side(p, p.targets, refs, ref -> target(p, ref.key()).map(t -> List.of(t.text())).orElse(List.of()));
    }

    static Side projects(PlanProfile p) {
        ItemRef[] refs = new ItemRef[p.projectKeys.length];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = new ItemRef(ItemRef.Kind.PROJECT, p.dossier.id(), p.projectKeys[i]);
        }
        return new Side(p, p.projects, refs, ref -> project(p, ref.key()).map(ConceptItems::texts).orElse(List.of()));
    }

    static Side concepts(PlanProfile p) {
        return new Side(p, p.concepts, p.conceptItems, ref -> conceptTexts(p, ref));
    }

    static List<LocalizedText> conceptTexts(PlanProfile p, ItemRef ref) {
        return ref.kind() == ItemRef.Kind.TARGET
                ? target(p, ref.key()).map(ConceptItems::texts).orElse(List.of())
                : project(p, ref.key()).map(ConceptItems::texts).orElse(List.of());
    }

    void add(OverlapComponent component, Side a, Side b, List<Evidence> out) {
        TermVector[] va = a.vectors;
        TermVector[] vb = b.vectors;
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
            out.add(component == OverlapComponent.CONCEPTS
                    ? concept(a, i, b, j, cos[i][j], contribution)
                    : wording(component, a, i, b, j, cos[i][j], contribution));
        });
    }

    private Evidence concept(Side a, int i, Side b, int j, double cosine, double contribution) {
        String shared = mostSpecificShared(a.vectors[i], b.vectors[j]);
        Concept concept = codebook.concept(shared).orElseThrow();
        List<Evidence.Words> wordsA = concepts.words(a.texts.apply(a.items[i]), shared);
        List<Evidence.Words> wordsB = concepts.words(b.texts.apply(b.items[j]), shared);
        return new Evidence(OverlapComponent.CONCEPTS, List.of(a.items[i]), List.of(b.items[j]),
                "concept " + concept.label().in("en").orElseThrow(), contribution, concept.label(), wordsA, wordsB);
    }

    /** The shared concept with the largest product of weights: one both name outright before a broader one. */
    private String mostSpecificShared(TermVector x, TermVector y) {
        int best = -1;
        double bestProduct = -1;
        int i = 0;
        int j = 0;
        while (i < x.terms().length && j < y.terms().length) {
            if (x.terms()[i] == y.terms()[j]) {
                double product = (double) x.weights()[i] * y.weights()[j];
                if (product > bestProduct) {
                    bestProduct = product;
                    best = x.terms()[i];
                }
                i++;
                j++;
            } else if (x.terms()[i] < y.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return vocabulary.term(best).substring(ConceptItems.CONCEPT.length());
    }

    private Evidence wording(OverlapComponent component, Side a, int i, Side b, int j, double cosine,
                             double contribution) {
        Set<String> terms = sharedTerms(a.vectors[i], b.vectors[j]);
        List<Evidence.Words> wordsA = words(analyzer.words(a.texts.apply(a.items[i]), terms));
        List<Evidence.Words> wordsB = words(analyzer.words(b.texts.apply(b.items[j]), terms));
        return new Evidence(component, List.of(a.items[i]), List.of(b.items[j]),
                String.format(Locale.ROOT, "wording (cosine %.2f): %s", cosine, joined(wordsA)), contribution,
                subject(wordsA), wordsA, wordsB);
    }

    /** Shared words of two challenge texts, as {@link #wording} shows them. */
    List<Evidence.Words> challengeWords(List<LocalizedText> texts, TermVector x, TermVector y) {
        return words(analyzer.words(texts, sharedTerms(x, y)));
    }

    static String joined(List<Evidence.Words> words) {
        return String.join(", ", words.stream().flatMap(w -> w.words().stream()).distinct().toList());
    }

    /** The shared words by language, as a text a reader sees in the language of the words. */
    static LocalizedText subject(List<Evidence.Words> words) {
        if (words.isEmpty()) {
            return LocalizedText.of("en", "similar wording");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        words.forEach(w -> texts.put(w.language(), String.join(", ", w.words())));
        return new LocalizedText(words.get(0).language(), texts);
    }

    private static List<Evidence.Words> words(Map<String, List<String>> byLanguage) {
        List<Evidence.Words> out = new ArrayList<>();
        byLanguage.forEach((language, words) -> out.add(new Evidence.Words(language, words)));
        return out;
    }

    /** The terms two vectors share, the strongest first, at most {@value #TERMS_SHOWN}. */
    private Set<String> sharedTerms(TermVector x, TermVector y) {
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
        Set<String> out = new LinkedHashSet<>();
        products.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(TERMS_SHOWN).forEach(e -> out.add(vocabulary.term(e.getKey())));
        return out;
    }

    private static java.util.Optional<StrategicTarget> target(PlanProfile p, String key) {
        return p.dossier.plan().targets().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static java.util.Optional<Project> project(PlanProfile p, String id) {
        return p.dossier.projects().stream().filter(x -> x.id().value().equals(id)).findFirst();
    }
}
