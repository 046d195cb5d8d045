package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One server, many networks: the shipped NEASCN and ASCN beside the networks of the suite's
 * networks directory ({@code src/test/networks}: {@code twin}, whose identifiers repeat NEASCN's,
 * and {@code broken}). Each network is served from its own data, and no role crosses networks.
 */
class NetworksIT extends ServerIT {

    private static final String NETWORKS = "api/v1/networks/";
    private static final String TWIN = NETWORKS + "twin/";
    private static final String ASCN = NETWORKS + "ascn/";

    private static List<String> ids(JsonArray array) {
        return array.stream().map(v -> ((JsonObject) v).getString("id")).toList();
    }

    private static JsonArray items(HttpResponse<String> page) {
        return Http.object(page).getJsonArray("items");
    }

    // Side by side

    @Test
    void theShippedNetworksAndThoseOfTheDirectoryAreServedSideBySide() {
        HttpResponse<String> all = expect(200, anonymous().get(NETWORKS));
        assertEquals(List.of("neascn", "ascn", "twin"), ids(Http.json(all).asJsonArray()));
        expect(404, anonymous().get(NETWORKS + "broken"));
        expect(404, anonymous().get(NETWORKS + "broken/members"));
    }

    @Test
    void aRefusedDirectoryIsReportedByReadinessWhichStaysUp() {
        HttpResponse<String> ready = expect(200, Readiness.await(anonymous()));
        JsonObject check = Http.object(ready).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("reference-data")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));
        JsonObject data = check.getJsonObject("data");
        assertEquals("neascn,ascn,twin", data.getString("networks"));
        assertEquals(1, data.getJsonNumber("refusedDirectories").intValue());
        String refusal = data.getString("refused.1");
        assertTrue(refusal.contains("broken") && refusal.contains("members.json, record #1 (id nowhere): field country"),
                refusal);
    }

    @Test
    void ascnServesItsTwentyNineCitiesEachOnTheMap() {
        HttpResponse<String> page = expect(200, anonymous().get(ASCN + "members?limit=100"));
        assertEquals(29, Http.object(page).getJsonNumber("total").intValue());
        for (JsonValue item : items(page)) {
            JsonObject member = item.asJsonObject().getJsonObject("record");
            assertEquals("ascn", member.getString("network"));
            JsonObject at = member.getJsonObject("coordinates");
            assertTrue(at.getJsonNumber("latitude").doubleValue() < 29 && at.getJsonNumber("longitude").doubleValue() > 92,
                    member.toString());
        }
        assertEquals(3, Http.object(anonymous().get(ASCN + "members?country=VN")).getJsonNumber("total").intValue());
        JsonObject secretariat = record(expect(200, anonymous().get(ASCN + "partners/asean-secretariat")));
        assertEquals("ASEAN Secretariat", secretariat.getJsonObject("name").getJsonObject("texts").getString("en"));
    }

    @Test
    void eachNetworkSaysWhatItCallsItsPlansAndMembersAndWhichLanguagesItWorksIn() {
        JsonObject ascn = Http.object(expect(200, anonymous().get(NETWORKS + "ascn")));
        assertEquals("Smart City Action Plan", ascn.getJsonObject("terminology").getJsonObject("plan")
                .getJsonObject("texts").getString("en"));
        assertEquals("en", ascn.getJsonArray("languages").getString(0));
        JsonObject neascn = Http.object(expect(200, anonymous().get(NETWORKS + "neascn")));
        assertEquals("회원", neascn.getJsonObject("terminology").getJsonObject("member").getJsonObject("texts").getString("ko"));
        assertEquals(6, neascn.getJsonArray("languages").size());
    }

    // Each network's own data

    @Test
    void identifiersRepeatAcrossNetworksAsDifferentRecords() {
        JsonObject twin = record(expect(200, anonymous().get(TWIN + "members/shanghai")));
        JsonObject neascn = record(expect(200, anonymous().get(API + "members/shanghai")));
        assertEquals("twin", twin.getString("network"));
        assertEquals("neascn", neascn.getString("network"));
        assertEquals("Shanghai (twin test fixture)", twin.getJsonObject("name").getJsonObject("texts").getString("en"));
        assertEquals("REGIONAL_NETWORK", record(expect(200, anonymous().get(TWIN + "partners/wego"))).getString("type"));
        expect(404, anonymous().get(TWIN + "partners/adb"));
    }

    @Test
    void theReferenceEndpointsOfANetworkServeItsOwnVocabularies() {
        assertEquals("twin-areas", Http.object(expect(200, anonymous().get(TWIN + "reference/taxonomy"))).getString("id"));
        assertEquals("asean-scf", Http.object(expect(200, anonymous().get(API + "reference/taxonomy"))).getString("id"));
        assertEquals(0, Http.json(expect(200, anonymous().get(TWIN + "reference/financiers"))).asJsonArray().size());
        assertFalse(Http.json(expect(200, anonymous().get(API + "reference/financiers"))).asJsonArray().isEmpty());
        assertEquals(10, Http.json(expect(200, anonymous().get(ASCN + "reference/countries"))).asJsonArray().size());
        assertEquals(List.of(), ids(Http.json(expect(200, anonymous().get(ASCN + "reference/sanctions-regimes"))).asJsonArray()));
        assertEquals(List.of("un-dprk"), ids(Http.json(expect(200, anonymous().get(API + "reference/sanctions-regimes"))).asJsonArray()));
        JsonArray sdgs = Http.json(expect(200, anonymous().get(ASCN + "reference/sdgs"))).asJsonArray();
        assertEquals(169, sdgs.stream().mapToInt(g -> g.asJsonObject().getJsonArray("targets").size()).sum());
        expect(404, anonymous().get(NETWORKS + "atlantis/reference/taxonomy"));
    }

    @Test
    void analysesUseTheNetworksOwnTaxonomyAndRubric() {
        Http twin = anonymous().as("secretariat@twin");
        String a = unique("twin-water-a");
        String b = unique("twin-water-b");
        expect(201, twin.post(TWIN + "plans", twinPlan(a, "shanghai").toString()));
        expect(201, twin.post(TWIN + "plans", twinPlan(b, "ulaanbaatar").toString()));
        HttpResponse<String> overlaps = expect(200, twin.get(TWIN + "overlaps?plan=" + a));
        Set<String> partners = Http.object(overlaps).getJsonArray("overlaps").stream()
                .map(o -> o.asJsonObject().getString("planB")).collect(Collectors.toSet());
        assertTrue(partners.contains(b), overlaps.body());

        String project = unique("twin-pipes");
        expect(201, twin.post(TWIN + "projects", twinProject(project).toString()));
        HttpResponse<String> readiness = expect(200, twin.get(TWIN + "projects/" + project + "/readiness"));
        assertEquals("twin-rubric", Http.object(readiness).getString("rubric"));
        HttpResponse<String> matches = expect(200, twin.get(TWIN + "projects/" + project + "/financing-matches"));
        assertEquals(0, Http.object(matches).getJsonArray("financiers").size(), matches.body());
    }

    // No role crosses networks

    @Test
    void anEditorOfATwinCityCannotTouchTheNeascnCityOfTheSameIdentifier() {
        Http twinEditor = anonymous().as("member-editor:shanghai@twin");
        HttpResponse<String> before = expect(200, secretariat().get(API + "members/shanghai"));
        HttpResponse<String> refused = expect(403, twinEditor.put(API + "members/shanghai",
                with(record(before), "website", "https://twin.example").toString(), "If-Match", etag(before)));
        assertEquals("urn:neascn:problem:forbidden", Http.object(refused).getString("type"));
        assertTrue(Http.object(refused).getString("detail").contains("network 'twin'"), refused.body());
        HttpResponse<String> after = expect(200, secretariat().get(API + "members/shanghai"));
        assertEquals(etag(before), etag(after));
        assertEquals(record(before), record(after));

        HttpResponse<String> own = expect(200, twinEditor.get(TWIN + "members/shanghai"));
        expect(200, twinEditor.put(TWIN + "members/shanghai",
                with(record(own), "website", "https://twin.example/" + RUN).toString(), "If-Match", etag(own)));
    }

    @Test
    void aSecretariatOfOneNetworkIsThePublicInAnother() {
        Http neascnSecretariat = anonymous().as("secretariat@neascn");
        String draft = unique("neascn-draft");
        expect(201, neascnSecretariat.post(API + "plans", with(load("plan"), "id", draft, "projects", strings(),
                "targets", Json.createArrayBuilder().build()).toString()));
        expect(200, neascnSecretariat.get(API + "plans/" + draft));

        Http ascnSecretariat = anonymous().as("secretariat@ascn");
        expect(404, ascnSecretariat.get(API + "plans/" + draft));
        long before = Http.object(secretariat().get(API + "partners")).getJsonNumber("total").longValue();
        JsonObject partner = Json.createObjectBuilder().add("id", unique("ascn-intruder")).add("network", "neascn")
                .add("name", text("en", "Intruder")).add("type", "NGO").add("roles", strings("KNOWLEDGE_PARTNER")).build();
        expect(403, ascnSecretariat.post(API + "partners", partner.toString()));
        expect(403, ascnSecretariat.delete(API + "plans/" + draft, "If-Match", "\"1\""));
        assertEquals(before, Http.object(secretariat().get(API + "partners")).getJsonNumber("total").longValue());
        expect(200, neascnSecretariat.get(API + "plans/" + draft));
    }

    @Test
    void aRecordCannotBeFiledUnderAnotherNetworkThanItsPath() {
        HttpResponse<String> response = expect(422, anonymous().as("secretariat@twin").post(TWIN + "plans",
                with(twinPlan(unique("misfiled"), "shanghai"), "network", "neascn").toString()));
        assertTrue(response.body().contains("network"), response.body());
    }

    private static JsonObject twinPlan(String id, String member) {
        return Json.createObjectBuilder().add("id", id).add("network", "twin").add("member", member).add("version", 1)
                .add("period", Json.createObjectBuilder().add("startYear", 2025).add("endYear", 2030))
                .add("vision", text("en", "Clean water for every district"))
                .add("focusAreas", strings("water")).add("status", "DRAFT").build();
    }

    private static JsonObject twinProject(String id) {
        return with(load("project"), "id", id, "network", "twin", "member", "shanghai", "plan", null,
                "focusAreas", strings("water"), "participants", Json.createArrayBuilder().build(),
                "location", Json.createObjectBuilder().add("country", "CN").add("latitude", 31.2).add("longitude", 121.5).build());
    }
}
