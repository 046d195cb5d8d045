package org.neascn.framework.financing;

import java.util.List;
import org.neascn.model.shared.Require;

/**
 * {@link Require#list} without its cost on the matching path: it names each element's field
 * ({@code assessments[17]}) before knowing whether the element is missing, which for the
 * 200 assessments of every project of a pipeline is most of the work. Same rule, same error.
 */
final class Checked {

    private Checked() {
    }

    /** An unmodifiable copy of a list that may be absent; null elements are rejected, naming the index. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0, n = values.size(); i < n; i++) {
            if (values.get(i) == null) {
                Require.present(null, field + "[" + i + "]");
            }
        }
        return List.copyOf(values);
    }
}
