package org.neascn.framework.overlap.text;

import java.util.Locale;

/**
 * The group of languages whose texts are analysed alike and compared with each other.
 *
 * <p>Chinese, Japanese and Korean share one family: the CJK bigram analyzer splits Han, kana
 * and Hangul runs into overlapping pairs, and Han bigrams are common to Chinese and Japanese
 * plan texts (環境, 交通). Russian and English have stemmers. Mongolian (Cyrillic) has no Lucene
 * analyzer and is not Russian: a Russian stemmer would cut Mongolian suffixes wrongly, so it
 * is its own family with a standard tokenizer and lower-casing. Any other language tag (fr,
 * th, mn-Mong) falls back to the same plain analysis in a family of its own primary subtag,
 * so texts compare only with texts of that language, and nothing fails.
 *
 * @param key the prefix that terms of this family carry ({@code cjk}, {@code ru}, {@code x-fr})
 */
public record LanguageFamily(String key, Analysis analysis) {

    /** How the family's texts are tokenized. */
    public enum Analysis { CJK_BIGRAMS, RUSSIAN, ENGLISH, PLAIN }

    /** The family of a BCP 47 tag; never fails, unknown tags get the plain fallback. */
    public static LanguageFamily of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
        String language = locale.getLanguage();
        String script = locale.getScript();
        switch (language) {
            case "zh":
            case "ja":
            case "ko":
                return new LanguageFamily("cjk", Analysis.CJK_BIGRAMS);
            case "ru":
                return new LanguageFamily("ru", Analysis.RUSSIAN);
            case "en":
                return new LanguageFamily("en", Analysis.ENGLISH);
            case "mn":
                // Traditional Mongolian script is a different writing system from Cyrillic.
                return script.isEmpty() || script.equals("Cyrl")
                        ? new LanguageFamily("mn", Analysis.PLAIN)
                        : new LanguageFamily("x-mn-" + script.toLowerCase(Locale.ROOT), Analysis.PLAIN);
            default:
                return new LanguageFamily("x-" + (language.isEmpty() ? "und" : language), Analysis.PLAIN);
        }
    }
}
