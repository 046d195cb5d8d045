package org.neascn.framework.overlap.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the terms and codes a network's plans use, so that vectors and inverted indexes work
 * on small integers. Safe for concurrent use; a number, once given, never changes.
 */
public final class Vocabulary {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> terms = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    public int id(String term) {
        return ids.computeIfAbsent(term, t -> {
            int id = next.getAndIncrement();
            terms.put(id, t);
            return id;
        });
    }

    /** The term a number stands for, as the analyzer produced it with its family prefix ({@code en:park}). */
    public String term(int id) {
        String term = terms.get(id);
        if (term == null) {
            throw new IllegalArgumentException("no term has number " + id);
        }
        return term;
    }

    /** How many distinct terms have been numbered: every id is below this. */
    public int size() {
        return next.get();
    }
}
