package org.neascn.framework.overlap.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text normalised for matching surface forms by substring, remembering where each of its
 * characters came from so that a match is reported in the text's own words. Normalising is
 * NFKC (full-width ＰＭ２．５ is PM2.5) and lower case; runs of spaces and punctuation become one
 * space, or vanish where words are not separated by spaces (Chinese and Japanese write none, and
 * Korean plans space 미세 먼지 and 미세먼지 alike).
 */
final class SurfaceText {

    final String original;
    final String normal;
    /** For each character of {@link #normal}, the offset of the original character it came from. */
    private final int[] origin;

    private SurfaceText(String original, String normal, int[] origin) {
        this.original = original;
        this.normal = normal;
        this.origin = origin;
    }

    /** @param keepSpaces whether word separations stay (as one space) or vanish */
    static SurfaceText of(String text, boolean keepSpaces) {
        StringBuilder normal = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 4];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String piece = Normalizer.normalize(text.substring(i, i + width), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (int j = 0; j < piece.length(); j++) {
                char c = piece.charAt(j);
                boolean separator = Character.isWhitespace(c) || isSeparatingPunctuation(c);
                if (separator) {
                    if (!keepSpaces || normal.length() == 0 || normal.charAt(normal.length() - 1) == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, n * 2);
                }
                normal.append(c == 'ё' ? 'е' : c);
                origin[n++] = i;
            }
            i += width;
        }
        return new SurfaceText(text, normal.toString(), Arrays.copyOf(origin, n));
    }

    /** A surface form normalised the same way, for comparing with {@link #normal}. */
    static String form(String form, boolean keepSpaces) {
        return of(form, keepSpaces).normal.strip();
    }

    /**
     * The original words behind normal characters [from, to), extended to the end of the word
     * when {@code wholeWord} (a Mongolian stem form such as "бохирд" shows as "бохирдлыг").
     */
    String words(int from, int to, boolean wholeWord) {
        int start = origin[from];
        int end = to < origin.length ? origin[to] : original.length();
        // The last matched character may stand for several original ones (NFKC); keep them all.
        if (to > 0 && to - 1 < origin.length) {
            end = Math.max(end, origin[to - 1] + Character.charCount(original.codePointAt(origin[to - 1])));
        }
        if (wholeWord) {
            while (end < original.length() && Character.isLetterOrDigit(original.codePointAt(end))) {
                end += Character.charCount(original.codePointAt(end));
            }
        }
        return original.substring(start, end).strip();
    }

    int originalOffset(int normalIndex) {
        return origin[normalIndex];
    }

    /** Punctuation that separates words; the dot and comma inside numbers (PM2.5, PM2,5) are kept. */
    private static boolean isSeparatingPunctuation(char c) {
        if (c == '.' || c == ',' || c == '-' || c == '+') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
