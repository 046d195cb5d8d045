package org.neascn.server.register;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list: the records on it, and how many match the query in all. Its {@link PageMemo}
 * holds what readers work out from the page while {@link ListPages} keeps it; it is not part of
 * the page's value (equality and hash leave it out).
 */
public record Page<T>(List<Stored<T>> items, long total, int offset, int limit, PageMemo memo) {

    public Page(List<Stored<T>> items, long total, int offset, int limit) {
        this(items, total, offset, limit, new PageMemo());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Page<?> page && total == page.total && offset == page.offset && limit == page.limit
                && items.equals(page.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, total, offset, limit);
    }
}
