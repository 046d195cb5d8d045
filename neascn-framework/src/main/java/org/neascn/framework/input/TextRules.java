package org.neascn.framework.input;

import java.util.List;

/**
 * What no text of the domain may carry, and what names may not carry. A lone surrogate cannot be
 * stored as text (it came back as {@code ?}); control characters other than tab and newline are
 * invisible and break exports; a bidirectional override in a name can disguise it.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The first character no text may hold, described, or null when the text is clean. */
    public static String forbiddenCharacter(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "holds a lone surrogate (U+" + hex(c) + ") at position " + i + ", which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "holds a lone surrogate (U+" + hex(c) + ") at position " + i + ", which is not a character";
            }
            if (c < 0x20 && c != '\t' && c != '\n') {
                return "holds the control character U+" + hex(c) + " at position " + i
                        + "; only tab and newline are allowed";
            }
        }
        return null;
    }

    /** The first bidirectional override or isolate of a name, described, or null. */
    public static String forbiddenInName(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (isBidiControl(text.charAt(i))) {
                return "holds the bidirectional control U+" + hex(text.charAt(i)) + " at position " + i
                        + ", which names may not carry";
            }
        }
        return null;
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Every rule the text of this field breaks, at this path. */
    static void check(String text, String path, String field, List<InputError> errors) {
        int max = BodyLimits.maxChars(field);
        if (text.length() > max) {
            errors.add(InputError.of(path, "must be at most " + max + " characters long (was " + text.length() + ")"));
        }
        if (BodyLimits.NAME_FIELDS.contains(field)) {
            String bidi = forbiddenInName(text);
            if (bidi != null) {
                errors.add(InputError.of(path, bidi));
            }
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
