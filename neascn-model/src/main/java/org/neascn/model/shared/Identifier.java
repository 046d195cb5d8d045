package org.neascn.model.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The shape every identifier in a network shares: lower-case letters, digits and single
 * separators ({@code seoul}, {@code adb}, {@code prews-2020-12-09}, or a generated UUID), at
 * most 80 characters. Readable identifiers keep reference data and URLs legible.
 */
public final class Identifier {

    /** The shape as a regular expression (anchored, so documentation can quote it as is). */
    public static final String PATTERN = "^[a-z0-9]+([-_.][a-z0-9]+)*$";
    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Identifier() {
    }

    public static String check(String value, String field) {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(field, "'" + value + "' is not an identifier: use 1 to " + MAX_LENGTH
                    + " lower-case letters and digits, separated by single '-', '_' or '.'");
        }
        return value;
    }

    /** A fresh identifier for a record that has no natural one. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
