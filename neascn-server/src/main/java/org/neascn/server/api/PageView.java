package org.neascn.server.api;

import java.util.List;

/**
 * One page of a collection: its items, how many records match in all, the window asked for,
 * and the offset of the next page (absent on the last page).
 */
public record PageView<T>(List<RecordView<T>> items, long total, int offset, int limit, Integer nextOffset) {
}
