package org.neascn.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextLanguageTest {

    private final LocalizedText name = new LocalizedText("ko", Map.of("ko", "서울특별시", "en", "Seoul", "zh-Hans", "首尔"));

    @Test
    void aPreferredLanguageWithATextIsTheLanguageShown() {
        List<Locale.LanguageRange> english = Locale.LanguageRange.parse("en-GB,en;q=0.8");
        assertEquals("en", name.bestLanguageFor(english));
        assertEquals("Seoul", name.bestFor(english));
    }

    @Test
    void aTextMissingInThePreferredLanguageIsShownInTheOriginalAndSaysSo() {
        List<Locale.LanguageRange> russian = Locale.LanguageRange.parse("ru");
        assertEquals("ko", name.bestLanguageFor(russian));
        assertEquals("서울특별시", name.bestFor(russian));
    }

    @Test
    void theSamePrimaryLanguageCountsWhenNoExactTagMatches() {
        assertEquals("zh-Hans", name.bestLanguageFor(Locale.LanguageRange.parse("zh-CN")));
        assertEquals("ko", name.bestLanguageFor(List.of()));
    }
}
