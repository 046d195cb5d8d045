package org.neascn.framework.workflow.history;

import java.util.Objects;
import java.util.Optional;

/**
 * One field-level difference between two versions of a record.
 *
 * @param path   where it is, readable: {@code targets[air-quality].indicators[pm25].target.value},
 *               {@code vision.texts.ko}, {@code focusAreas}
 * @param before the old value as JSON text; null when the value was added
 * @param after  the new value as JSON text; null when the value was removed
 */
public record Change(String path, Kind kind, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public Change {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ADDED) != (before == null) || (kind == Kind.REMOVED) != (after == null)) {
            throw new IllegalArgumentException("a " + kind + " change at " + path + " has the wrong sides");
        }
    }

    public Optional<String> beforeValue() {
        return Optional.ofNullable(before);
    }

    public Optional<String> afterValue() {
        return Optional.ofNullable(after);
    }

    @Override
    public String toString() {
        switch (kind) {
            case ADDED:
                return path + ": added " + after;
            case REMOVED:
                return path + ": removed " + before;
            default:
                return path + ": " + before + " → " + after;
        }
    }
}
