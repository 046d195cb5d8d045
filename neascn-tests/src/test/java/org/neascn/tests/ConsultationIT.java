package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The framework consultation: a round opened by the task force, comments from a member and a
 * partner, dispositions only by the task force, no closing with open comments, adoption freezes.
 */
class ConsultationIT extends ServerIT {

    private static void refused(int status, String rule, HttpResponse<String> response) {
        expect(status, response);
        assertEquals(rule, Http.object(response).getString("rule"), response.body());
    }

    private static String comment(String id) {
        return Json.createObjectBuilder().add("id", id).add("section", "purpose")
                .add("comment", text("en", "Name the member cities")).build().toString();
    }

    private static String disposition() {
        return Json.createObjectBuilder().add("decision", "ACCEPTED").add("reason", text("en", "Added")).build().toString();
    }

    @Test
    void aRoundIsOpenedCommentedDisposedClosedAndTheVersionAdopted() {
        String version = unique("framework-consulted");
        expect(201, secretariat().post(API + "framework-versions", with(load("framework-version"), "id", version).toString()));
        String round = unique("round");
        String open = Json.createObjectBuilder().add("id", round).add("deadline", LocalDate.now().plusDays(30).toString())
                .build().toString();
        refused(403, "consultation.task-force-only", memberEditor("ulaanbaatar").post(API + "framework-versions/" + version + "/rounds", open));
        expect(200, secretariat().post(API + "framework-versions/" + version + "/rounds", open));
        String path = API + "consultation-rounds/" + round;

        expect(200, partner("adb").post(path + "/feedback", comment("from-adb")));
        expect(200, memberEditor("ulaanbaatar").post(path + "/feedback", comment("from-ub")));
        expect(401, anonymous().post(path + "/feedback", comment("from-public")));
        refused(403, "consultation.feedback.members-and-partners-only", secretariat().post(path + "/feedback", comment("from-wego")));

        refused(403, "consultation.disposition.task-force-only", partner("adb").post(path + "/feedback/from-adb/disposition", disposition()));
        expect(200, secretariat().post(path + "/feedback/from-adb/disposition", disposition()));
        refused(409, "consultation.close.open-comments", secretariat().post(path + "/close", ""));
        assertFalse(Http.object(expect(200, anonymous().get(path))).getJsonObject("record").getBoolean("closed"));
        refused(409, "consultation.adopt.round-open", secretariat().post(API + "framework-versions/" + version + "/adopt", ""));

        expect(200, secretariat().post(path + "/feedback/from-ub/disposition", disposition()));
        expect(200, secretariat().post(path + "/close", ""));
        HttpResponse<String> adopted = expect(200, secretariat().post(API + "framework-versions/" + version + "/adopt", ""));
        assertEquals("ADOPTED", record(adopted).getString("status"));
        refused(409, "consultation.version.adopted-frozen", secretariat().put(API + "framework-versions/" + version,
                with(record(adopted), "title", text("en", "Changed after adoption")).toString(), "If-Match", etag(adopted)));
        assertEquals(record(adopted), record(expect(200, anonymous().get(API + "framework-versions/" + version))));
    }
}
