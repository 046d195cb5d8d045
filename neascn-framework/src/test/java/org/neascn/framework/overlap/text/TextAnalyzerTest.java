package org.neascn.framework.overlap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.shared.LocalizedText;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer(new Vocabulary());

    @Test
    void koreanIsSplitIntoBigrams() {
        assertEquals(List.of("cjk:스마", "cjk:마트", "cjk:주차"), analyzer.terms("ko", "스마트 주차"));
    }

    @Test
    void chineseAndJapaneseShareTheCjkFamily() {
        assertEquals(LanguageFamily.of("zh-Hans").key(), LanguageFamily.of("ja").key());
    }

    @Test
    void russianIsStemmed() {
        assertEquals(analyzer.terms("ru", "парковки"), analyzer.terms("ru", "парковка"));
    }

    @Test
    void englishIsStemmedAndLosesStopWords() {
        assertEquals(List.of("en:smart", "en:park"), analyzer.terms("en", "the smart parking"));
    }

    @Test
    void mongolianIsTokenizedAndLowerCasedButNotStemmedAsRussian() {
        assertEquals(List.of("mn:агаарын", "mn:бохирдлыг"), analyzer.terms("mn", "Агаарын бохирдлыг"));
    }

    @Test
    void anUnknownLanguageFallsBackToPlainAnalysisInAFamilyOfItsOwn() {
        assertEquals(List.of("x-tlh:qapla"), analyzer.terms("tlh", "Qapla"));
    }

    @Test
    void theSameWordsInDifferentFamiliesDoNotMatch() {
        TermVector russian = analyzer.vector(List.of(LocalizedText.of("ru", "парк")));
        TermVector mongolian = analyzer.vector(List.of(LocalizedText.of("mn", "парк")));
        assertEquals(0.0, russian.dot(mongolian));
    }

    @Test
    void aTranslationLetsTextsInDifferentLanguagesMatch() {
        TermVector busan = analyzer.vector(List.of(LocalizedText.of("ko", "스마트 주차").with("en", "smart parking")));
        TermVector vladivostok = analyzer.vector(List.of(LocalizedText.of("ru", "умная парковка").with("en", "smart parking")));
        assertTrue(busan.dot(vladivostok) > 0.4);
    }

    @Test
    void aTextWithOnlyPunctuationHasAnEmptyVector() {
        assertTrue(analyzer.vector(List.of(LocalizedText.of("ko", "... !!!"))).isEmpty());
    }
}
