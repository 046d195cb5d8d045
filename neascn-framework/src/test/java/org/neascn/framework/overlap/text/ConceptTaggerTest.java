package org.neascn.framework.overlap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.LocalizedText;

/** Plan texts in each of the network's six languages are tagged with the thesaurus's concepts, in their own words. */
class ConceptTaggerTest {

    private static final ConceptTagger TAGGER = new ConceptTagger(ReferenceData.standard().concepts());

    @AfterAll
    static void close() {
        TAGGER.close();
    }

    private static List<String> concepts(String language, String text) {
        return TAGGER.tag(language, text).stream().map(ConceptMatch::concept).distinct().toList();
    }

    private static List<String> words(String language, String text) {
        return TAGGER.tag(language, text).stream().map(ConceptMatch::words).toList();
    }

    @Test
    void englishFormsAreFoundAsStemmedPhrases() {
        String text = "Halve annual mean concentrations of fine particulate matter and install parking sensors downtown.";
        assertEquals(List.of("pm25", "smart-parking"), concepts("en", text));
        assertEquals(List.of("fine particulate matter", "parking sensors"), words("en", text));
    }

    @Test
    void chineseFormsAreFoundWithoutSpaces() {
        String text = "到2025年，全市细颗粒物（PM2.5）年均浓度比2020年下降50%，推进煤改电。";
        assertEquals(List.of("pm25", "coal-stove-replacement"), concepts("zh-Hans", text));
        assertTrue(words("zh-Hans", text).contains("细颗粒物（PM2.5）"), words("zh-Hans", text)::toString);
    }

    @Test
    void japaneseFormsAreFound() {
        String text = "中心市街地にスマートパーキングを導入し、駐車場の空き情報を配信する。";
        assertEquals(List.of("smart-parking"), concepts("ja", text));
        assertEquals(List.of("スマートパーキング", "駐車場の空き"), words("ja", text));
    }

    @Test
    void koreanFormsAreFoundWhateverTheSpacingAndTheLongestWins() {
        assertEquals(List.of("pm25"), concepts("ko", "2030년까지 초미세먼지 연평균 농도를 절반으로 줄인다"));
        assertEquals(List.of("pm25"), concepts("ko", "초미세 먼지를 줄인다"));
        assertEquals(List.of("pm10"), concepts("ko", "미세먼지 저감"));
        // PM10's "미세먼지 농도" inside it is longer than "초미세먼지": the PM2.5 form with 농도 is longer still.
        assertEquals(List.of("pm25"), concepts("ko", "초미세먼지 농도 30% 감축"));
    }

    @Test
    void russianFormsAreFoundWhateverTheirCase() {
        String text = "Внедрение интеллектуальной парковки и снижение выбросов автотранспорта";
        assertEquals(List.of("smart-parking", "vehicle-emissions"), concepts("ru", text));
        assertEquals(List.of("интеллектуальной парковки", "выбросов автотранспорта"), words("ru", text));
    }

    @Test
    void mongolianFormsAreFoundAtWordStartsAndShownAsWholeWords() {
        String text = "Гэр хорооллын айлуудын нүүрсний зуухыг сольж, агаарын бохирдлыг бууруулна.";
        assertEquals(List.of("ger-district", "coal-stove-replacement", "air-quality"), concepts("mn", text));
        assertTrue(words("mn", text).contains("агаарын бохирдлыг"), words("mn", text)::toString);
    }

    @Test
    void latinFormsInCjkTextsDoNotMatchInsideOtherWords() {
        assertEquals(List.of(), concepts("ko", "rainfall data"));
        assertEquals(List.of("artificial-intelligence"), concepts("ko", "AI 기반 분석"));
    }

    @Test
    void everyLanguageVersionOfATextIsTagged() {
        LocalizedText text = new LocalizedText("ko", java.util.Map.of("ko", "스마트 주차", "en", "smart parking"));
        assertEquals(List.of("ko", "en"), TAGGER.tag(text).stream().map(ConceptMatch::language).distinct()
                .sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void aLanguageWithoutFormsFindsNothingAndFailsNothing() {
        assertEquals(List.of(), concepts("fr", "stationnement intelligent"));
    }
}
