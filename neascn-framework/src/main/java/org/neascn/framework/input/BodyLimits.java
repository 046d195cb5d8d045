package org.neascn.framework.input;

import java.util.Set;

/**
 * The bounds every request body is held to before any of its values is used. They are far above
 * what a city's plan or a network's record needs and far below what could cost a server memory or
 * seconds of arithmetic: a number such as {@code 1e4000000} is refused as written, before a
 * {@code BigDecimal} is ever added to it. The README's "Input limits" section lists them.
 */
public final class BodyLimits {

    /** Objects and lists nested in one another. */
    public static final int MAX_DEPTH = 32;
    /** Elements of one list, entries of one object: a network bundle lists every member of a large network. */
    public static final int MAX_ELEMENTS = 100_000;
    /** Characters of a number as written, digits, sign, point and exponent together. */
    public static final int MAX_NUMBER_CHARS = 64;
    /** Digits before the decimal point: amounts up to 999 trillion in any currency. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point (trailing zeros aside): coordinates, rates, fractions of a unit. */
    public static final int MAX_FRACTION_DIGITS = 20;
    /** Characters of an object's key. */
    public static final int MAX_KEY_CHARS = 100;
    /** Characters of a name, a title, a label or a heading in any one language. */
    public static final int MAX_NAME_CHARS = 300;
    /** Characters of any other text: a description, a comment, a note, a narrative. */
    public static final int MAX_TEXT_CHARS = 20_000;

    /**
     * The fields that name something. A name is shown in lists, links and exports, where a
     * bidirectional override (U+202A–U+202E, U+2066–U+2069) could make one name pass for another,
     * so names may not carry them; free texts may (a quotation in Arabic inside a Russian note).
     */
    public static final Set<String> NAME_FIELDS = Set.of("name", "title", "label", "heading", "acronym");

    private BodyLimits() {
    }

    /** The most characters a text of this field may hold. */
    public static int maxChars(String field) {
        return NAME_FIELDS.contains(field) ? MAX_NAME_CHARS : MAX_TEXT_CHARS;
    }
}
