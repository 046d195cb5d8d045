package org.neascn.model.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A human-readable text in one or more languages: a map of BCP 47 language tag to text, and
 * the tag of the language it was first written in. 서울특별시, 上海市 and Улаанбаатар are
 * kept as their city wrote them; translations sit beside the original and never replace it.
 *
 * <p>Invariants: at least one text; every tag is a well-formed BCP 47 tag (stored in its
 * canonical case, {@code zh-Hans}); no text is blank; the original language has a text.
 */
public record LocalizedText(String original, Map<String, String> texts) {

    private static final Pattern WELL_FORMED_TAG =
            Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*");

    public LocalizedText {
        if (texts == null || texts.isEmpty()) {
            throw new InvalidValueException("texts", "needs a text in at least one language");
        }
        LinkedHashMap<String, String> canonical = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            String canonicalTag = canonicalTag(tag, "texts");
            if (text == null || text.isBlank()) {
                throw new InvalidValueException("texts[" + canonicalTag + "]", "must not be blank");
            }
            if (canonical.put(canonicalTag, text.strip()) != null) {
                throw new InvalidValueException("texts[" + canonicalTag + "]", "is given twice");
            }
        });
        original = original == null && canonical.size() == 1
                ? canonical.keySet().iterator().next()
                : canonicalTag(original, "original");
        if (!canonical.containsKey(original)) {
            throw new InvalidValueException("original",
                    "names language '" + original + "', which has no text in texts " + canonical.keySet());
        }
        texts = java.util.Collections.unmodifiableMap(canonical);
    }

    /** A text in one language, which is then its original. */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(language, Map.of(language, text));
    }

    /** This text with a translation added or replaced; the original stays the original. */
    public LocalizedText with(String language, String text) {
        LinkedHashMap<String, String> more = new LinkedHashMap<>(texts);
        more.put(canonicalTag(language, "language"), text);
        return new LocalizedText(original, more);
    }

    /** The text in the language it was first written in. */
    public String originalText() {
        return texts.get(original);
    }

    /** The text in exactly this language, if there is one. */
    public Optional<String> in(String language) {
        return Optional.ofNullable(texts.get(canonicalTag(language, "language")));
    }

    /**
     * The best text for a reader who prefers these languages in order (as from an
     * {@code Accept-Language} header): an exact tag, then the same primary language
     * ({@code zh} for {@code zh-Hans}), then the original.
     */
    public String bestFor(List<Locale.LanguageRange> preferences) {
        return texts.get(bestLanguageFor(preferences));
    }

    /**
     * The language of the text {@link #bestFor} picks: the tag a reader is told the text is
     * in, which is the original's when none of the preferred languages is available.
     */
    public String bestLanguageFor(List<Locale.LanguageRange> preferences) {
        List<Locale> available = texts.keySet().stream().map(Locale::forLanguageTag).toList();
        Locale match = Locale.lookup(preferences, available);
        if (match != null && texts.containsKey(match.toLanguageTag())) {
            return match.toLanguageTag();
        }
        for (Locale.LanguageRange range : preferences) {
            String primary = range.getRange().split("-")[0];
            for (String tag : texts.keySet()) {
                if (tag.split("-")[0].equalsIgnoreCase(primary)) {
                    return tag;
                }
            }
        }
        return original;
    }

    /** Checks a BCP 47 tag and returns it in canonical case ({@code zh-hans} → {@code zh-Hans}). */
    public static String canonicalTag(String tag, String field) {
        if (tag == null || !WELL_FORMED_TAG.matcher(tag).matches()) {
            throw new InvalidValueException(field,
                    "'" + tag + "' is not a BCP 47 language tag such as en, ko, zh-Hans or mn-Cyrl");
        }
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    @Override
    public String toString() {
        return originalText();
    }
}
