package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neascn.framework.overlap.text.ConceptMatch;
import org.neascn.framework.overlap.text.ConceptTagger;
import org.neascn.framework.overlap.text.TermVector;
import org.neascn.framework.overlap.text.Vocabulary;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.Concept;

/**
 * The concepts each target and project of a plan speaks of, as vectors to compare items by:
 * every concept the item's texts name weighs 1, each broader concept of one half per step up
 * (a target on PM2.5 meets one on air quality in general, less than one on PM2.5), and the
 * vector is scaled to unit length so that the dot product of two items is their cosine. A
 * target is read with the names of its indicators, a project with its title and description.
 */
final class ConceptItems {

    static final String CONCEPT = "c:";
    private static final double BROADER_FACTOR = 0.5;

    private final Codebook codebook;
    private final ConceptTagger tagger;
    private final Vocabulary vocabulary;

    ConceptItems(Codebook codebook, Vocabulary vocabulary) {
        this.codebook = codebook;
        this.vocabulary = vocabulary;
        this.tagger = codebook.tagger();
    }

    static List<LocalizedText> texts(StrategicTarget target) {
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(target.text());
        target.indicators().stream().map(Indicator::name).forEach(texts::add);
        return texts;
    }

    static List<LocalizedText> texts(Project project) {
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(project.title());
        if (project.description() != null) {
            texts.add(project.description());
        }
        return texts;
    }

    /** The item's concept vector; empty when its texts name no concept. */
    TermVector vector(List<LocalizedText> texts) {
        Set<String> named = new LinkedHashSet<>();
        for (LocalizedText t : texts) {
            tagger.tag(t).forEach(m -> named.add(m.concept()));
        }
        if (named.isEmpty()) {
            return TermVector.EMPTY;
        }
        Map<Integer, Double> weights = new HashMap<>();
        for (String id : named) {
            weights.put(vocabulary.id(CONCEPT + id), 1.0);
        }
        for (String id : named) {
            broader(id, BROADER_FACTOR, weights, new LinkedHashSet<>());
        }
        return TermVector.fromWeights(weights);
    }

    private void broader(String id, double weight, Map<Integer, Double> weights, Set<String> seen) {
        Concept concept = codebook.concept(id).orElseThrow();
        for (String b : concept.broader()) {
            if (seen.add(b)) {
                weights.merge(vocabulary.id(CONCEPT + b), weight, Math::max);
                broader(b, weight * BROADER_FACTOR, weights, seen);
            }
        }
    }

    /**
     * Where the item's texts name a concept or one of its narrower concepts: per language, the
     * words as written, each once.
     */
    List<Evidence.Words> words(List<LocalizedText> texts, String concept) {
        Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
        for (LocalizedText t : texts) {
            for (ConceptMatch m : tagger.tag(t)) {
                if (m.concept().equals(concept) || isBroader(concept, m.concept())) {
                    byLanguage.computeIfAbsent(m.language(), l -> new LinkedHashSet<>()).add(m.words());
                }
            }
        }
        List<Evidence.Words> out = new ArrayList<>();
        byLanguage.forEach((language, words) -> out.add(new Evidence.Words(language, List.copyOf(words))));
        return out;
    }

    /** Whether {@code ancestor} is broader than {@code concept}, through any number of steps. */
    boolean isBroader(String ancestor, String concept) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> open = new ArrayList<>(codebook.concept(concept).map(Concept::broader).orElse(List.of()));
        while (!open.isEmpty()) {
            String id = open.remove(open.size() - 1);
            if (id.equals(ancestor)) {
                return true;
            }
            if (seen.add(id)) {
                codebook.concept(id).ifPresent(c -> open.addAll(c.broader()));
            }
        }
        return false;
    }
}
