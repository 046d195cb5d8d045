package org.neascn.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void unknownCountryCodeIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CountryCode.of("XX"));
        assertEquals("country", e.field());
        assertTrue(e.rule().contains("ISO 3166-1"));
    }

    @Test
    void lowerCaseCountryCodeIsNotGuessed() {
        assertThrows(InvalidValueException.class, () -> CountryCode.of("kr"));
    }

    @Test
    void unknownCurrencyIsRejected() {
        assertEquals("currency", assertThrows(InvalidValueException.class, () -> CurrencyCode.of("ABC")).field());
    }

    @Test
    void negativeMoneyIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("-5", "USD"));
        assertEquals("amount", e.field());
        assertEquals("amount: must not be negative (was -5)", e.getMessage());
    }

    @Test
    void moneyThatIsNotANumberSaysSo() {
        assertEquals("amount: 'ten' is not a number",
                assertThrows(InvalidValueException.class, () -> Money.of("ten", "USD")).getMessage());
    }

    @Test
    void moneyAddsOnlyInOneCurrency() {
        assertEquals(Money.of("15", "USD"), Money.of("10", "USD").plus(Money.of("5.00", "USD")));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Money.of("10", "USD").plus(Money.of("5", "KRW")));
        assertTrue(e.rule().contains("without an exchange rate"));
    }

    @Test
    void aGapIsNeverNegative() {
        assertEquals(Money.of("0", "MNT"), Money.of("10", "MNT").minusFloorZero(Money.of("25", "MNT")));
    }

    @Test
    void periodMayNotEndBeforeItStarts() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new YearPeriod(2025, 2021));
        assertEquals("endYear", e.field());
    }

    @Test
    void emptyMultilingualTextIsRejected() {
        assertEquals("texts", assertThrows(InvalidValueException.class, () -> new LocalizedText("en", Map.of())).field());
    }

    @Test
    void blankTranslationIsRejected() {
        assertEquals("texts[ko]",
                assertThrows(InvalidValueException.class, () -> new LocalizedText("ko", Map.of("ko", "  "))).field());
    }

    @Test
    void originalLanguageMustHaveAText() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new LocalizedText("ru", Map.of("en", "Vladivostok")));
        assertEquals("original", e.field());
    }

    @Test
    void malformedLanguageTagIsRejected() {
        assertThrows(InvalidValueException.class, () -> LocalizedText.of("korean", "서울"));
    }

    @Test
    void languageTagsAreKeptInCanonicalCase() {
        LocalizedText shanghai = LocalizedText.of("zh-hans", "上海市");
        assertEquals("zh-Hans", shanghai.original());
    }

    @Test
    void readerGetsTheClosestLanguageThenTheOriginal() {
        LocalizedText seoul = LocalizedText.of("ko", "서울특별시").with("en", "Seoul").with("zh-Hans", "首尔");
        assertEquals("Seoul", seoul.bestFor(Locale.LanguageRange.parse("en-GB,en;q=0.8")));
        assertEquals("首尔", seoul.bestFor(Locale.LanguageRange.parse("zh")));
        assertEquals("서울특별시", seoul.bestFor(Locale.LanguageRange.parse("ru")));
    }

    @Test
    void identifierShapeIsExplained() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Identifier.check("Seoul City", "id"));
        assertTrue(e.rule().contains("lower-case"));
    }

    @Test
    void organisationReferenceNeedsAKindAndAnIdentifier() {
        assertEquals("kind", assertThrows(InvalidValueException.class, () -> new OrganisationRef(null, "adb")).field());
    }

    @Test
    void moneyKeepsTheValueNotTheNotation() {
        assertEquals(new BigDecimal("1200"), Money.of("1.2E+3", "KRW").amount());
    }
}
