package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
