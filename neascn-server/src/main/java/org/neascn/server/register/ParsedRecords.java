package org.neascn.server.register;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The records last read from, or written as, each stored document, so that reading an
 * unchanged record does not parse its JSON and run its constructor's checks again: a list
 * page otherwise costs twenty parses, and parsing is most of a read's work.
 *
 * <p>An entry is used only while the row still holds the very document it was made from
 * (compared in full, not by version): a version number can come back with other content after a
 * rolled-back write, and another server on the same database may have changed the row, but one
 * document always reads as one record. Records are immutable values, so every reader may
 * share one. The cache holds at most {@value #CAPACITY} records; past that it drops a slice of
 * them, which costs a later reader one parse each.
 */
final class ParsedRecords {

    static final int CAPACITY = 50_000;
    private static final int DROPPED_WHEN_FULL = CAPACITY / 10;

    private record Key(Class<?> type, String recordKey) {
    }

    private record Entry(String document, Object record) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The record the document holds: the cached one if it came from this very document. */
    <T> T read(Class<T> type, String recordKey, String document, Supplier<T> parse) {
        Key key = new Key(type, recordKey);
        Entry entry = entries.get(key);
        if (entry != null && (entry.document == document || entry.document.equals(document))) {
            return type.cast(entry.record);
        }
        T record = parse.get();
        remember(key, document, record);
        return record;
    }

    /** Notes the record just written as this document; it was checked when it was constructed. */
    <T> void written(Class<T> type, String recordKey, String document, T record) {
        remember(new Key(type, recordKey), document, record);
    }

    void forget(Class<?> type, String recordKey) {
        entries.remove(new Key(type, recordKey));
    }

    private void remember(Key key, String document, Object record) {
        if (entries.size() >= CAPACITY) {
            // Any slice will do: a dropped record is parsed again by its next reader.
            Iterator<Key> keys = entries.keySet().iterator();
            for (int i = 0; i < DROPPED_WHEN_FULL && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        entries.put(key, new Entry(document, record));
    }
}
