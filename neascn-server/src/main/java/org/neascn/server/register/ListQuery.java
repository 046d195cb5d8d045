package org.neascn.server.register;

import java.util.Map;

/**
 * What a client asks of a list: filters by parameter name, a free-text {@code q}, a sort key
 * ({@code -key} for descending), and the window {@code offset}/{@code limit}.
 */
public record ListQuery(Map<String, String> filters, String q, String sort, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public ListQuery {
        filters = Map.copyOf(filters);
        if (offset < 0) {
            throw new InvalidQueryException("offset", "must not be negative (was " + offset + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit", "must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? "id" : sort.strip();
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    public String sortKey() {
        return descending() ? sort.substring(1) : sort;
    }
}
