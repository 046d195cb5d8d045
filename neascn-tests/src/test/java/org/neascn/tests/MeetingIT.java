package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.text;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The 2020-12-09 pre-workshop of the reference data gets its takeaways and action items through the API. */
class MeetingIT extends ServerIT {

    private static final String PRE_WORKSHOP = API + "meetings/neascn-prews-2020-12-09";

    private static void refused(int status, String rule, HttpResponse<String> response) {
        expect(status, response);
        assertEquals(rule, Http.object(response).getString("rule"), response.body());
    }

    private static JsonObject action(String key, String owner) {
        return Json.createObjectBuilder().add("key", key).add("description", text("en", "Share the draft SCAP"))
                .add("owner", Json.createObjectBuilder().add("kind", "MEMBER").add("id", owner)).add("due", "2021-01-31")
                .build();
    }

    @Test
    void theSecretariatRecordsTakeawaysAndTurnsThemIntoActionItems() {
        String takeaway = unique("takeaway");
        String body = Json.createObjectBuilder().add("key", takeaway).add("text", text("en", "Cities want a shared SCAP template"))
                .build().toString();
        refused(403, "meeting.minutes.secretariat-only", memberEditor("ulaanbaatar").post(PRE_WORKSHOP + "/takeaways", body));
        expect(200, secretariat().post(PRE_WORKSHOP + "/takeaways", body));
        String key = unique("share-scap");
        expect(200, secretariat().post(PRE_WORKSHOP + "/takeaways/" + takeaway + "/action-items",
                action(key, "ulaanbaatar").toString()));
        String overdue = expect(200, anonymous().get(API + "action-items/overdue")).body();
        assertTrue(overdue.contains("member:ulaanbaatar") && overdue.contains(key), overdue);

        String status = PRE_WORKSHOP + "/action-items/" + key + "/status";
        refused(403, "meeting.action.owner-or-secretariat", memberEditor("shanghai").post(status, "{\"status\":\"DONE\"}"));
        expect(200, memberEditor("ulaanbaatar").post(status, "{\"status\":\"DONE\"}"));
        refused(409, "meeting.action.closed", memberEditor("ulaanbaatar").post(status, "{\"status\":\"OPEN\"}"));
        assertTrue(!expect(200, anonymous().get(API + "action-items/overdue")).body().contains(key));
    }

    @Test
    void anAgendaItemsOutcomeBecomesAnActionItemInOneStep() {
        String key = unique("task-force-members");
        String body = Json.createObjectBuilder().add("agendaItem", "task-force").add("outcomeKey", unique("task-force-outcome"))
                .add("outcome", text("en", "Each city names a task force member")).add("action", action(key, "shanghai"))
                .build().toString();
        HttpResponse<String> meeting = expect(200, secretariat().post(PRE_WORKSHOP + "/agenda-outcomes", body));
        assertTrue(meeting.body().contains(key));
        refused(422, "meeting.takeaway.unknown-agenda-item", secretariat().post(PRE_WORKSHOP + "/agenda-outcomes",
                body.replace("\"task-force\"", "\"no-such-item\"").replace(key, unique("other"))));
    }
}
