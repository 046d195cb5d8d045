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
     * Room for 13,000 plans (the benchmark network) at twenty texts each (target texts,
     * indicator names, project titles and descriptions); an entry holds a reference to a text
     * the plan holds anyway and a set of a few identifiers.
     */
    static final int CAPACITY = 1 << 18;

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
        Set<String> found = Collections.unmodifiableSet(new LinkedHashSet<>(tagger.apply(text)));
        synchronized (known) {
            known.put(text, found);
        }
        return found;
    }

    int size() {
        synchronized (known) {
            return known.size();
        }
    }
}
