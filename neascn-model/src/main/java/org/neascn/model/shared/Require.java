package org.neascn.model.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that domain values run in their constructors. Each names the field it guards
 * and returns the value (or an unmodifiable copy), so a compact constructor reads as a list
 * of its invariants.
 */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        return value.strip();
    }

    /** A text that may be absent; present but blank is normalised to absent. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters long");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, "must not be negative (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static int year(int year, String field) {
        if (year < 1900 || year > 2200) {
            throw new InvalidValueException(field, "must be a year between 1900 and 2200 (was " + year + ")");
        }
        return year;
    }

    public static void that(boolean condition, String field, String rule) {
        if (!condition) {
            throw new InvalidValueException(field, rule);
        }
    }

    /**
     * An unmodifiable copy of a list that may be absent; null elements are rejected, naming
     * the index. The name is built only on failure: lists are copied on hot paths (a match
     * report of every financier for every project of a pipeline).
     */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0, n = values.size(); i < n; i++) {
            if (values.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "is required");
            }
        }
        return List.copyOf(values);
    }

    /**
     * An unmodifiable copy of a set that may be absent. Codes that have a natural order
     * (countries, SDG targets, enum values) are kept in it, so the same set always reads and
     * serialises the same way; others keep the order they came in.
     */
    public static <T> Set<T> set(Collection<T> values, String field) {
        if (values == null) {
            return Set.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field + "[" + i + "]", "is required");
            }
            copy.add(value);
            i++;
        }
        if (copy.stream().allMatch(v -> v instanceof Comparable)) {
            copy.sort(null);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(copy));
    }

    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        if (values == null) {
            return Map.of();
        }
        LinkedHashMap<K, V> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new InvalidValueException(k == null ? field + " key" : field + "[" + k + "]", "is required");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
