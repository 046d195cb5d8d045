package org.neascn.framework.overlap.theme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neascn.model.shared.LocalizedText;

/**
 * The concepts of texts already read, the least recently used forgotten first once {@value #CAPACITY}
 * are held. Texts are compared by value, so a plan saved again unchanged costs no tagging. A
 * text is tagged outside the lock (two threads may both tag a new one; they agree), so that
 * readers wait only for a map look-up.
 */
final class TextMemo implements Function<LocalizedText, Set<String>> {

    /**
     * Room for forty texts a plan at the benchmark network's 13,000 plans (its synthetic plans
     * have five targets, each with its indicators' names, and eight projects with a title and a
     * description): with less room than a network has texts, deriving all suggestions once more
     * evicts each text before it is read again. An entry holds a text the plan holds anyway and a set of a few
     * identifiers, the empty and one-concept sets compact.
     */
    static final int CAPACITY = 1 << 19;

    private final Function<LocalizedText, Set<String>> tagger;
    private final int capacity;
    private final Map<LocalizedText, Set<String>> known;

    TextMemo(Function<LocalizedText, Set<String>> tagger) {
        this(tagger, CAPACITY);
    }

    TextMemo(Function<LocalizedText, Set<String>> tagger, int capacity) {
        this.tagger = tagger;
        this.capacity = capacity;
        this.known = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalizedText, Set<String>> eldest) {
                return size() > TextMemo.this.capacity;
            }
        };
    }

    @Override
    public Set<String> apply(LocalizedText text) {
        synchronized (known) {
            Set<String> hit = known.get(text);
            if (hit != null) {
                return hit;
            }
        }
        Set<String> found = compact(tagger.apply(text));
        synchronized (known) {
            known.put(text, found);
        }
        return found;
    }

    /** The concepts in the tagger's order (Set.copyOf would not keep it), without a hash set for none or one. */
    private static Set<String> compact(Set<String> concepts) {
        return switch (concepts.size()) {
            case 0 -> Set.of();
            case 1 -> Set.of(concepts.iterator().next());
            default -> Collections.unmodifiableSet(new LinkedHashSet<>(concepts));
        };
    }

    int size() {
        synchronized (known) {
            return known.size();
        }
    }
}
