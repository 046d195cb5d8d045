package org.neascn.server.register;

import java.util.List;

/** One page of a list: the records on it, and how many match the query in all. */
public record Page<T>(List<Stored<T>> items, long total, int offset, int limit) {
}
