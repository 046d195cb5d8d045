package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each display text says which language it is in, and Content-Language does not claim otherwise. */
class LanguageMetadataIT extends ServerIT {

    private final String member = unique("gangneung");

    private void korean() {
        if (anonymous().get(API + "members/" + member).statusCode() == 404) {
            expect(201, secretariat().post(API + "members", Analyses.member(member, "KR", "ko", "강릉시").toString()));
        }
    }

    @Test
    void aNameWithoutTheReadersLanguageIsShownInItsOriginalAndSaysSo() {
        korean();
        HttpResponse<String> response = expect(200, anonymous().get(API + "members/" + member, "Accept-Language", "en"));
        JsonObject view = Http.object(response);
        assertEquals("강릉시", view.getString("displayName"));
        assertEquals("ko", view.getString("displayLanguage"));
        assertEquals("ko", response.headers().firstValue("Content-Language").orElse(null));
    }

    @Test
    void aNameInTheReadersLanguageSaysThatLanguage() {
        HttpResponse<String> response = expect(200, anonymous().get(API + "members/shanghai", "Accept-Language", "en"));
        assertEquals("en", Http.object(response).getString("displayLanguage"));
        assertEquals("en", response.headers().firstValue("Content-Language").orElse(null));
    }

    @Test
    void aListInSeveralLanguagesNamesEachOfThemAndNoOther() {
        korean();
        HttpResponse<String> response = expect(200, anonymous().get(API + "members?limit=200", "Accept-Language", "en"));
        JsonObject page = Http.object(response);
        Set<String> languages = page.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("displayLanguage")).collect(Collectors.toSet());
        assertTrue(languages.size() > 1 && languages.contains("ko"), page.toString());
        String header = response.headers().firstValue("Content-Language").orElse("");
        assertEquals(languages, Set.of(header.split(",\\s*")), header);
    }

    @Test
    void aListOfCardsNamesTheLanguagesOfItsTitles() {
        expect(201, secretariat().post(API + "initiatives", Records.with(Records.load("initiative"), "id", unique("lang-card"),
                "members", Records.strings("ulaanbaatar", "shanghai"), "lead", "ulaanbaatar", "status", "PROPOSED",
                "sanctionsExemptions", jakarta.json.Json.createArrayBuilder().build()).toString()));
        HttpResponse<String> response = expect(200, anonymous().get(API + "initiative-board", "Accept-Language", "en"));
        var cards = Http.json(response).asJsonArray();
        Set<String> languages = cards.stream().map(c -> c.asJsonObject().getString("displayLanguage"))
                .collect(Collectors.toSet());
        String header = response.headers().firstValue("Content-Language").orElse("");
        assertFalse(cards.isEmpty());
        assertEquals(languages, Set.of(header.split(",\\s*")), header);
    }
}
