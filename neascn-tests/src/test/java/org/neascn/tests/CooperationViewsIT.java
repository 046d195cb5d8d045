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
import org.junit.jupiter.api.Test;

/** The read views the web application's cooperation screens stand on: the board, action items, the review queue. */
class CooperationViewsIT extends ServerIT {

    private String member(String prefix, String country) {
        String id = unique(prefix);
        expect(201, secretariat().post(API + "members", with(load("member"), "id", id, "country", country).toString()));
        return id;
    }

    private String initiative(String prefix, String lead, String other) {
        String id = unique(prefix);
        expect(201, secretariat().post(API + "initiatives", with(load("initiative"), "id", id, "lead", lead,
                "members", strings(lead, other), "status", "PROPOSED", "sanctionsExemptions",
                Json.createArrayBuilder().build()).toString()));
        return id;
    }

    private static JsonObject card(JsonArray board, String id) {
        return board.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + id + " in " + board));
    }

    @Test
    void theBoardShowsEachInitiativesSanctionsStandingAndNextMilestone() {
        String pyongyang = member("pyongyang-board", "KP");
        String flagged = initiative("board-dprk", "ulaanbaatar", pyongyang);
        String clear = initiative("board-clear", "ulaanbaatar", "shanghai");
        JsonArray board = Http.json(expect(200, anonymous().get(API + "initiative-board"))).asJsonArray();
        JsonObject dprk = card(board, flagged);
        assertEquals("FLAGGED", dprk.getString("sanctions"), dprk.toString());
        assertEquals("PROPOSED", dprk.getString("status"));
        assertEquals("ulaanbaatar", dprk.getString("lead"));
        assertEquals("Joint monitoring protocol", dprk.getJsonObject("nextMilestone").getJsonObject("title")
                .getJsonObject("texts").getString("en"));
        assertTrue(dprk.getJsonNumber("version").longValue() >= 1);
        assertEquals("CLEAR", card(board, clear).getString("sanctions"));

        JsonObject screening = Http.object(expect(200, anonymous().get(API + "initiatives/" + flagged + "/sanctions-screening")));
        assertEquals("FLAGGED", screening.getString("status"));
        assertFalse(screening.getJsonArray("hits").isEmpty(), screening.toString());
        // The names the OpenAPI schema (and so a generated client) uses, not JSON-B's default isFlagged.
        assertTrue(screening.getBoolean("flagged"), screening.toString());
        assertTrue(screening.getJsonArray("hits").getJsonObject(0).containsKey("exempted"), screening.toString());
        expect(404, anonymous().get(API + "initiatives/no-such-initiative/sanctions-screening"));
    }

    @Test
    void anOwnersActionItemsListTheOverdueFirstAndFilterByState() {
        String key = unique("views-action");
        String outcome = Json.createObjectBuilder().add("agendaItem", "task-force").add("outcomeKey", unique("views-outcome"))
                .add("outcome", text("en", "Each city names a task force member"))
                .add("action", Json.createObjectBuilder().add("key", key).add("description", text("en", "Name a member"))
                        .add("owner", Json.createObjectBuilder().add("kind", "MEMBER").add("id", "ulaanbaatar"))
                        .add("due", "2021-01-31"))
                .build().toString();
        expect(200, secretariat().post(API + "meetings/neascn-prews-2020-12-09/agenda-outcomes", outcome));

        JsonArray mine = Http.json(expect(200, anonymous().get(API + "action-items?owner=member:ulaanbaatar&status=OPEN,IN_PROGRESS")))
                .asJsonArray();
        JsonObject item = mine.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(mine.toString()));
        assertTrue(item.getBoolean("overdue"));
        assertEquals("neascn-prews-2020-12-09", item.getString("meeting"));
        assertEquals("NEASCN Online Pre-Workshop", item.getString("meetingTitle"));
        assertTrue(mine.stream().allMatch(i -> i.asJsonObject().getJsonObject("owner").getString("id").equals("ulaanbaatar")));
        assertFalse(expect(200, anonymous().get(API + "action-items?status=DONE")).body().contains(key));

        HttpResponse<String> badOwner = anonymous().get(API + "action-items?owner=city:ulaanbaatar");
        assertEquals(400, badOwner.statusCode(), badOwner.body());
        assertTrue(badOwner.body().contains("owner"), badOwner.body());
        assertEquals(400, anonymous().get(API + "action-items?status=FINISHED").statusCode());
    }

    @Test
    void theSecretariatsQueueHoldsEnteredUpdatesUntilTheyAreReviewedWithAStamp() {
        String seoul = member("seoul-queue", "KR");
        String plan = unique("seoul-queue-scap");
        expect(201, memberEditor(seoul).post(API + "plans", with(load("plan"), "id", plan, "member", seoul, "status", "DRAFT")
                .toString()));
        expect(200, memberEditor(seoul).post(API + "plans/" + plan + "/submit", ""));
        expect(200, secretariat().post(API + "plans/" + plan + "/publish", ""));
        String measurements = API + "plans/" + plan + "/targets/clean-air/indicators/pm25/measurements";
        // The template's own measurement comes in entered, like every new one; it is reviewed first.
        expect(200, secretariat().post(measurements + "/0/approve", ""));
        expect(200, memberEditor(seoul).post(measurements,
                Json.createObjectBuilder().add("value", 41.5).add("date", "2024-12-31").add("note", "Annual mean").build().toString()));

        JsonArray queue = Http.json(expect(200, secretariat().get(API + "review-queue"))).asJsonArray();
        JsonObject entry = queue.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("plan").equals(plan)).findFirst()
                .orElseThrow(() -> new AssertionError(queue.toString()));
        assertEquals("pm25", entry.getString("indicator"));
        assertEquals(41.5, entry.getJsonNumber("value").doubleValue());
        assertTrue(Http.json(expect(200, anonymous().get(API + "review-queue"))).asJsonArray().isEmpty());
        assertTrue(expect(200, memberEditor(seoul).get(API + "review-queue")).body().contains(plan));
        assertFalse(expect(200, memberEditor("shanghai").get(API + "review-queue")).body().contains(plan));

        int index = entry.getInt("index");
        JsonObject approved = record(expect(200, secretariat().post(measurements + "/" + index + "/approve",
                "{\"comment\":\"Matches the ministry's figure\"}")));
        JsonObject measured = approved.getJsonArray("targets").getJsonObject(0).getJsonArray("indicators").getJsonObject(0)
                .getJsonArray("measurements").getJsonObject(index);
        assertEquals("APPROVED", measured.getString("status"));
        assertEquals("Annual mean", measured.getString("note"));
        JsonObject review = measured.getJsonObject("review");
        assertEquals("secretariat", review.getString("reviewer"));
        assertEquals("Matches the ministry's figure", review.getString("comment"));
        assertTrue(review.containsKey("at"));
        assertFalse(expect(200, secretariat().get(API + "review-queue")).body().contains(plan));
    }
}
