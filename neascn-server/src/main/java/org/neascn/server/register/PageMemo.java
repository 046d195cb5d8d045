package org.neascn.server.register;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the readers of one kept page work out from it: the page as each caller may see it (the
 * records it may read, public views, the projects of plans not yet public left out, which took
 * a query of the plans on every list) and that page's JSON per {@code Accept-Language}. Once
 * worked out, the next reader of the same page is answered without it: serialising a page was
 * about a fifth of a list's cost (ServerLoadBench profile, README).
 *
 * <p>A memo is only as fresh as its page: it belongs to a page of {@link ListPages}, which is
 * never served after a commit of its register, so neither is anything worked out from it. A
 * page that was not kept (read across a commit, or in a transaction that wrote) keeps nothing.
 * At most {@value #ENTRIES} things per page, counted against the rows and bytes that
 * {@link ListPages} keeps in all.
 */
public final class PageMemo {

    static final int ENTRIES = 8;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile ListPages.Budget budget;

    /** Called when the page is kept: from now on, until the budget is spent, readers' work is kept too. */
    void keepWithin(ListPages.Budget budget) {
        this.budget = budget;
    }

    /**
     * The page is no longer kept (a newer one replaced it): what this memo and those of its
     * derived pages took goes back to the budget, and nothing more is kept here.
     */
    void release() {
        ListPages.Budget kept = budget;
        budget = null;
        if (kept == null) {
            return;
        }
        long rows = 0;
        for (Object value : values.values()) {
            if (value instanceof Page<?> derived) {
                rows += derived.items().size();
                derived.memo().release();
            }
        }
        kept.give((int) rows, bytes.getAndSet(0));
    }

    /** The page as derived for the key (a caller), worked out once while the page is kept. */
    @SuppressWarnings("unchecked")
    public <T> Page<T> derived(Object key, Supplier<Page<T>> derive) {
        Object known = values.get(new Derived(key));
        if (known != null) {
            return (Page<T>) known;
        }
        Page<T> page = derive.get();
        ListPages.Budget kept = budget;
        if (kept != null && values.size() < ENTRIES && kept.take(page.items().size(), 0)) {
            page.memo().keepWithin(kept);
            Object earlier = values.putIfAbsent(new Derived(key), page);
            if (earlier != null) {
                kept.give(page.items().size(), 0);
                return (Page<T>) earlier;
            }
        }
        return page;
    }

    /** A value worked out from the page for the key (a view in one language), once while the page is kept. */
    @SuppressWarnings("unchecked")
    public <V> V value(Object key, Supplier<V> compute) {
        Object known = values.get(new Value(key));
        if (known != null) {
            return (V) known;
        }
        V value = compute.get();
        if (budget != null && values.size() < ENTRIES) {
            values.putIfAbsent(new Value(key), value);
        }
        return value;
    }

    /** The page as written for the key (language and media type), if it was written while kept. */
    public Optional<byte[]> rendering(Object key) {
        return Optional.ofNullable((byte[]) values.get(new Rendering(key)));
    }

    /** Keeps the page as written for the key, if the page is kept and the budget allows. */
    public void rendered(Object key, byte[] rendering) {
        ListPages.Budget kept = budget;
        if (kept != null && values.size() < ENTRIES && kept.take(0, rendering.length)) {
            if (values.putIfAbsent(new Rendering(key), rendering) == null) {
                bytes.addAndGet(rendering.length);
            } else {
                kept.give(0, rendering.length);
            }
        }
    }

    private record Derived(Object key) {
    }

    private record Value(Object key) {
    }

    private record Rendering(Object key) {
    }
}
