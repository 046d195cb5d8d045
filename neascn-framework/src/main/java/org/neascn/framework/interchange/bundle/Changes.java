package org.neascn.framework.interchange.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What an import would do to one register: the records it adds and the records it replaces
 * (same identifier). Records the store holds and the bundle does not are left alone.
 */
public record Changes<T>(List<T> added, List<T> replaced) {

    public Changes {
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
    }

    static <T> Changes<T> of(List<T> incoming, Function<T, String> id, Set<String> existing) {
        List<T> added = new ArrayList<>();
        List<T> replaced = new ArrayList<>();
        for (T record : incoming) {
            (existing.contains(id.apply(record)) ? replaced : added).add(record);
        }
        return new Changes<>(added, replaced);
    }

    public int size() {
        return added.size() + replaced.size();
    }
}
