package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The web application's two read-only helpers: the dashboard's figures in one read, counted from
 * what the caller may read, and the plan check that validates a draft without storing it.
 */
class DashboardIT extends ServerIT {

    private static final String MEMBER = unique("ulan-ude");

    private static String member() {
        return "{\"id\":\"" + MEMBER + "\",\"network\":\"neascn\",\"name\":{\"original\":\"ru\",\"texts\":{\"ru\":\"Улан-Удэ\"}},"
                + "\"level\":\"CITY\",\"country\":\"RU\",\"status\":\"ACTIVE\"}";
    }

    private static String plan(String id, String vision) {
        return "{\"id\":\"" + id + "\",\"network\":\"neascn\",\"member\":\"" + MEMBER + "\",\"version\":1,"
                + "\"period\":{\"startYear\":2026,\"endYear\":2030},\"vision\":" + vision + ",\"status\":\"DRAFT\","
                + "\"focusAreas\":[\"quality-environment\"]}";
    }

    @Test
    void theDashboardCountsWhatTheCallerMayReadAndNamesMissingData() {
        expect(201, secretariat().post(API + "members", member()));
        String draft = unique("ulan-ude-scap");
        expect(201, memberEditor(MEMBER).post(API + "plans", plan(draft, "{\"original\":\"ru\",\"texts\":{\"ru\":\"Зелёный город\"}}")));

        JsonObject asSecretariat = Http.object(expect(200, secretariat().get(API + "dashboard")));
        JsonObject asPublic = Http.object(expect(200, anonymous().get(API + "dashboard")));
        long drafts = asSecretariat.getJsonObject("plans").getJsonObject("by").getJsonObject("status").getJsonNumber("DRAFT").longValue();
        assertTrue(drafts >= 1, asSecretariat.toString());
        assertFalse(asPublic.getJsonObject("plans").getJsonObject("by").getJsonObject("status").containsKey("DRAFT"),
                "the public never counts a draft: " + asPublic);
        assertTrue(asSecretariat.getJsonObject("missing").getJsonArray("membersWithoutPublishedPlan").toString().contains(MEMBER));
        assertTrue(asSecretariat.getJsonObject("members").getJsonObject("by").getJsonObject("country").containsKey("RU"));
        assertFalse(asPublic.getJsonArray("recent").toString().contains(draft), "a draft's activity stays private");
        expect(404, anonymous().get("api/v1/networks/no-such-network/dashboard"));
    }

    @Test
    void aPlanIsCheckedWithoutBeingStored() {
        String id = unique("checked-scap");
        expect(204, anonymous().post(API + "plans/validation", plan(id, "{\"original\":\"ru\",\"texts\":{\"ru\":\"Видение\"}}")));
        JsonObject problem = Http.object(expect(422, anonymous().post(API + "plans/validation",
                plan(id, "{\"original\":\"ru\",\"texts\":{}}"))));
        assertEquals("urn:neascn:problem:validation", problem.getString("type"));
        assertFalse(problem.getJsonArray("errors").isEmpty(), problem.toString());
        expect(400, anonymous().post(API + "plans/validation", "{not json"));
        expect(404, secretariat().get(API + "plans/" + id));
    }
}
