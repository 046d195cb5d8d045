package org.neascn.framework.overlap.theme;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.text.ConceptMatch;
import org.neascn.framework.overlap.text.ConceptTagger;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.Concept;

/**
 * The network's concept thesaurus as cooperation themes use it: which concepts a text speaks
 * of (through the tagger the overlap analysis uses, so themes and scores agree), each
 * concept's label for readers, and its broader concepts.
 */
public final class ConceptTags {

    private final Map<String, Concept> byId = new LinkedHashMap<>();
    private final Function<LocalizedText, Set<String>> tagger;

    /**
     * @param thesaurus the network's concepts ({@code ReferenceDataSet.concepts()})
     * @param tagger    the identifiers of the concepts a text speaks of, in any of its languages
     */
    public ConceptTags(List<Concept> thesaurus, Function<LocalizedText, Set<String>> tagger) {
        thesaurus.forEach(c -> byId.put(c.id(), c));
        this.tagger = tagger;
    }

    /** The thesaurus with the overlap analysis's own tagger, so that themes see the concepts the scores saw. */
    public static ConceptTags of(List<Concept> thesaurus, ConceptTagger tagger) {
        return new ConceptTags(thesaurus, text -> tagger.tag(text).stream().map(ConceptMatch::concept)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * The codebook's thesaurus and the tagger its analyses use, remembering the concepts of the
     * last {@value TextMemo#CAPACITY} texts it read. Suggestions read every target and project
     * of every plan each time they are derived, and between two derivations only the plans that
     * changed have new texts; keep one instance per codebook so that the rest are read once.
     * Thread-safe.
     */
    public static ConceptTags of(Codebook codebook) {
        ConceptTags direct = of(codebook.concepts(), codebook.tagger());
        return new ConceptTags(codebook.concepts(), new TextMemo(direct.tagger));
    }

    /** No thesaurus: themes fall back to SDG targets and focus areas. */
    public static ConceptTags none() {
        return new ConceptTags(List.of(), text -> Set.of());
    }

    public Set<String> in(LocalizedText text) {
        return text == null ? Set.of() : tagger.apply(text);
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The concepts and every concept broader than one of them, through any number of links. */
    public Set<String> withBroader(Set<String> concepts) {
        Set<String> out = new LinkedHashSet<>(concepts);
        Deque<String> todo = new ArrayDeque<>(concepts);
        while (!todo.isEmpty()) {
            Concept c = byId.get(todo.pop());
            if (c != null) {
                c.broader().stream().filter(out::add).forEach(todo::push);
            }
        }
        return out;
    }

    /** Whether {@code broader} is {@code concept} or broader than it. */
    public boolean covers(String broader, String concept) {
        return withBroader(Set.of(concept)).contains(broader);
    }

    /** Whether the two concepts are one, one broader than the other, or share a broader concept. */
    public boolean akin(String a, String b) {
        Set<String> up = withBroader(Set.of(a));
        up.retainAll(withBroader(Set.of(b)));
        return !up.isEmpty();
    }

    /** Of a set of concepts, those no other member of the set is narrower than: the specific ones. */
    public Set<String> mostSpecific(Set<String> concepts) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : concepts) {
            boolean hasNarrower = concepts.stream().anyMatch(o -> !o.equals(c) && covers(c, o));
            if (!hasNarrower) {
                out.add(c);
            }
        }
        return out;
    }
}
