package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Collections paginate, sort and filter; Accept-Language picks the display name. */
class ListQueryIT extends ServerIT {

    /** The member whose five projects these tests list: unique to the run, so the totals are exact. */
    private static final String MEMBER = unique("lister");
    private static boolean loaded;

    private static final List<String[]> PROJECTS = List.of(
            // id suffix, stage, country, financing status, focus area, title
            new String[] {"a", "SCOPING", "MN", "NOT_FUNDED_SEEKING_FULL", "quality-environment", "District heating"},
            new String[] {"b", "FEASIBILITY", "MN", "PARTIALLY_FUNDED_SEEKING_ADDITIONAL", "quality-environment", "Waste to energy"},
            new String[] {"c", "FEASIBILITY", "KR", "FULLY_FUNDED", "built-infrastructure", "Smart parking"},
            new String[] {"d", "IMPLEMENTATION", "CN", "NOT_FUNDED_SEEKING_PARTIAL", "built-infrastructure", "Metro signalling"},
            new String[] {"e", "STRUCTURING", "RU", "NOT_FUNDED_SEEKING_FULL", "quality-environment", "Harbour air monitors"});

    @BeforeAll
    static void noProjectsYet() {
        loaded = false;
    }

    private void load() {
        if (loaded) {
            return;
        }
        registered(MEMBER);
        for (String[] p : PROJECTS) {
            JsonObject location = Json.createObjectBuilder().add("country", p[2]).build();
            JsonObject project = with(Records.load("project"), "id", MEMBER + "-" + p[0], "member", MEMBER, "plan", null,
                    "stage", p[1], "location", location, "financingStatus", p[3], "focusAreas", strings(p[4]),
                    "title", text("en", p[5] + " " + RUN));
            expect(201, secretariat().post(API + "projects", project.toString()));
        }
        loaded = true;
    }

    private JsonObject list(String query) {
        load();
        return Http.object(expect(200, anonymous().get(API + "projects?member=" + MEMBER + query)));
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id").substring(MEMBER.length() + 1)).toList();
    }

    @Test
    void firstPageHoldsTheLimitAndPointsToTheNext() {
        JsonObject page = list("&limit=2");
        assertEquals(5, page.getInt("total"));
        assertEquals(List.of("a", "b"), ids(page));
        assertEquals(2, page.getInt("nextOffset"));
    }

    @Test
    void lastPageHasNoNext() {
        JsonObject page = list("&limit=2&offset=4");
        assertEquals(List.of("e"), ids(page));
        assertFalse(page.containsKey("nextOffset"));
    }

    @Test
    void sortsByStageDownTheLadder() {
        assertEquals(List.of("d", "e", "b", "c", "a"), ids(list("&sort=-stage")));
    }

    @Test
    void filtersByStage() {
        assertEquals(List.of("b", "c"), ids(list("&stage=FEASIBILITY")));
    }

    @Test
    void filtersByCountry() {
        assertEquals(List.of("a", "b"), ids(list("&country=MN")));
    }

    @Test
    void filtersByFocusArea() {
        assertEquals(List.of("c", "d"), ids(list("&focusArea=built-infrastructure")));
    }

    @Test
    void filtersByFinancingStatus() {
        assertEquals(List.of("a", "e"), ids(list("&financingStatus=NOT_FUNDED_SEEKING_FULL")));
    }

    @Test
    void combinesFiltersWithFullText() {
        assertEquals(List.of("e"), ids(list("&q=harbour&focusArea=quality-environment")));
        assertEquals(List.of(), ids(list("&q=harbour&country=MN")));
    }

    @Test
    void fullTextIgnoresCase() {
        assertEquals(List.of("c"), ids(list("&q=SMART%20PARKING")));
    }

    @Test
    void displayNameFollowsAcceptLanguage() {
        String path = API + "members/shanghai";
        assertEquals("Shanghai Municipality", Http.object(anonymous().get(path, "Accept-Language", "en")).getString("displayName"));
        assertEquals("上海市", Http.object(anonymous().get(path, "Accept-Language", "zh-CN,zh;q=0.9")).getString("displayName"));
        assertEquals("上海市", Http.object(anonymous().get(path)).getString("displayName"), "the original without a preference");
    }

    /**
     * A page read again and again (and so answered from what the server kept of it: its rows,
     * each caller's view, its JSON per language) shows a write at the next read, to every caller
     * and in every language, and each caller still sees its own view of it.
     */
    @Test
    void aPageReadAgainShowsTheNextWriteToEveryReaderInEveryLanguage() {
        String query = "&stage=FEASIBILITY&sort=id";
        String path = API + "projects?member=" + MEMBER + query;
        List<String[]> readers = List.of(new String[] {"en"}, new String[] {"zh-CN"}, new String[] {});
        for (int round = 0; round < 2; round++) {
            for (String[] language : readers) {
                assertEquals(List.of("b", "c"), ids(page(anonymous(), path, language)));
            }
            assertEquals(List.of("b", "c"), ids(page(secretariat(), path)));
        }
        String id = MEMBER + "-b";
        HttpResponse<String> read = expect(200, secretariat().get(API + "projects/" + id));
        JsonObject changed = with(Http.object(read).getJsonObject("record"), "title", text("en", "Waste to heat " + RUN));
        HttpResponse<String> written = expect(200, secretariat().put(API + "projects/" + id, changed.toString(),
                "If-Match", read.headers().firstValue("ETag").orElseThrow()));
        long version = Long.parseLong(written.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
        for (String[] language : readers) {
            JsonObject first = page(anonymous(), path, language).getJsonArray("items").getJsonObject(0);
            assertEquals(version, first.getJsonNumber("version").longValue(), "the public, Accept-Language " + List.of(language));
            assertEquals("Waste to heat " + RUN, first.getJsonObject("record").getJsonObject("title").getJsonObject("texts").getString("en"));
        }
        JsonObject first = page(secretariat(), path).getJsonArray("items").getJsonObject(0);
        assertEquals(version, first.getJsonNumber("version").longValue(), "the secretariat");
    }

    private JsonObject page(Http reader, String path, String... language) {
        load();
        return Http.object(expect(200, language.length == 0 ? reader.get(path) : reader.get(path, "Accept-Language", language[0])));
    }

    @Test
    void aListReadAgainShowsEachReaderItsLanguage() {
        String path = API + "members?country=CN&sort=id&limit=200";
        for (int round = 0; round < 3; round++) {
            for (String[] language : List.of(new String[] {"en", "Shanghai Municipality"}, new String[] {"zh-CN", "上海市"})) {
                JsonObject shanghai = Http.object(expect(200, anonymous().get(path, "Accept-Language", language[0])))
                        .getJsonArray("items").stream().map(JsonObject.class::cast)
                        .filter(i -> i.getString("id").equals("shanghai")).findFirst().orElseThrow();
                assertEquals(language[1], shanghai.getString("displayName"), "round " + round + ", " + language[0]);
            }
        }
    }

    @Test
    void membersFilterByCountry() {
        JsonObject page = Http.object(expect(200, anonymous().get(API + "members?country=MN&limit=200")));
        assertFalse(page.getJsonArray("items").isEmpty());
        page.getJsonArray("items").forEach(i -> assertEquals("MN", ((JsonObject) i).getJsonObject("record").getString("country")));
    }
}
