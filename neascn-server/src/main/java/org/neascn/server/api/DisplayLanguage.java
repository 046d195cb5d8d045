package org.neascn.server.api;

import java.util.List;
import java.util.Locale;
import org.neascn.model.shared.LocalizedText;

/** Picks one text of a multilingual value for a reader's {@code Accept-Language}. */
public final class DisplayLanguage {

    private DisplayLanguage() {
    }

    public static List<Locale.LanguageRange> preferences(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            // An unreadable preference is no reason to refuse a read: fall back to the original.
            return List.of();
        }
    }

    public static String pick(LocalizedText text, List<Locale.LanguageRange> preferences) {
        return text == null ? null : text.bestFor(preferences);
    }

    /** The BCP 47 tag of the text {@link #pick} picks: the reader's language, or the original's when it has none. */
    public static String languageOf(LocalizedText text, List<Locale.LanguageRange> preferences) {
        return text == null ? null : text.bestLanguageFor(preferences);
    }
}
