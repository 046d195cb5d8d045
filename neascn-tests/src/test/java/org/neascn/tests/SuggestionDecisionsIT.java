package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The secretariat accepts or dismisses suggested initiatives over HTTP. Each test writes three
 * draft plans in Korean, Russian and North Korean usage on an SDG target drawn for the run
 * (from ocean and land targets no other test uses), so that the three form a theme of their
 * own in a database that earlier runs have filled.
 */
class SuggestionDecisionsIT extends ServerIT {

    private static final List<String> RARE_TARGETS = List.of("14.1", "14.2", "14.3", "14.4", "14.5", "14.6", "14.7", "14.a",
            "14.b", "14.c", "15.1", "15.2", "15.3", "15.4", "15.5", "15.6", "15.7", "15.8", "15.9", "15.a", "15.b", "15.c");

    /** Three members and their draft plans on a target of their own; returns the members, the Korean one first. */
    private List<String> threeMembersOn(String test, int offset) {
        String target = RARE_TARGETS.get(Math.floorMod(RUN.hashCode() + offset * 7, RARE_TARGETS.size()));
        List<String> members = List.of(unique(test + "-kr"), unique(test + "-ru"), unique(test + "-kp"));
        String[][] cities = {{"KR", "ko", "연안 습지를 복원하고 해양 쓰레기를 줄인다"}, {"RU", "ru", "Восстановить прибрежные болота и сократить морской мусор"},
                {"KP", "ko", "바다가 습지를 되살리고 바다 쓰레기를 줄인다"}};
        Http secretariat = secretariat();
        for (int i = 0; i < 3; i++) {
            expect(201, secretariat.post(API + "members", Analyses.member(members.get(i), cities[i][0], cities[i][1],
                    members.get(i)).toString()));
            JsonObject plan = Analyses.airQualityPlan(members.get(i) + "-plan", members.get(i), "DRAFT", cities[i][1], cities[i][2]);
            JsonObject t = plan.getJsonArray("targets").getJsonObject(0);
            plan = with(plan, "targets", Json.createArrayBuilder().add(with(t, "sdgTargets", strings(target))).build());
            expect(201, memberEditor(members.get(i)).post(API + "plans", plan.toString()));
        }
        return members;
    }

    private Optional<JsonObject> suggestionOf(List<String> members) {
        JsonObject body = Http.object(expect(200, secretariat().get(API + "suggested-initiatives")));
        return body.getJsonArray("suggestions").getValuesAs(JsonObject.class).stream()
                .filter(s -> memberSet(s).containsAll(members))
                .findFirst();
    }

    private static Set<String> memberSet(JsonObject suggestionOrInitiative) {
        return suggestionOrInitiative.getJsonArray("members").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static boolean listed(JsonObject body, String id) {
        return body.getJsonArray("suggestions").getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getString("id").equals(id));
    }

    private static void refused(int status, String rule, HttpResponse<String> response) {
        expect(status, response);
        assertEquals(rule, Http.object(response).getString("rule"), response.body());
    }

    @Test
    void aDismissedSuggestionStaysAwayUntilItsEvidenceChanges() {
        List<String> members = threeMembersOn("dismiss", 0);
        JsonObject s = suggestionOf(members).orElseThrow(() -> new AssertionError("no suggestion of " + members));
        String id = s.getString("id");
        String path = API + "suggested-initiatives/" + id;
        JsonObject decision = Http.object(expect(200, secretariat().post(path + "/dismiss",
                "{\"reason\":\"The three cities already work together through the coastal cities forum\"}")));
        assertEquals("DISMISSED", decision.getString("kind"));
        assertFalse(listed(Http.object(expect(200, secretariat().get(API + "suggested-initiatives"))), id));
        assertFalse(listed(Http.object(expect(200, anonymous().get(API + "suggested-initiatives"))), id));
        refused(409, "suggestion.decided", secretariat().post(path + "/dismiss", "{\"reason\":\"again\"}"));
        String timeline = expect(200, anonymous().get(API + "members/" + members.get(0) + "/timeline")).body();
        assertTrue(timeline.contains("coastal cities forum"), timeline);

        String planPath = API + "plans/" + members.get(0) + "-plan";
        HttpResponse<String> read = expect(200, memberEditor(members.get(0)).get(planPath));
        JsonObject plan = record(read);
        JsonObject t = plan.getJsonArray("targets").getJsonObject(0);
        JsonObject changed = with(plan, "targets", Json.createArrayBuilder()
                .add(with(t, "text", text("ko", "연안 습지 200헥타르를 복원하고 해양 쓰레기를 절반으로 줄인다"))).build());
        expect(200, memberEditor(members.get(0)).put(planPath, changed.toString(), "If-Match", etag(read)));
        JsonObject again = suggestionOf(members).orElseThrow(() -> new AssertionError("the suggestion did not come back"));
        assertEquals(id, again.getString("id"), "the same members on the same theme keep the identifier");
        assertNotEquals(s.getString("evidence"), again.getString("evidence"));
    }

    @Test
    void anAcceptedSuggestionBecomesAProposedInitiativeLedOutsideSanctions() {
        List<String> members = threeMembersOn("accept", 1);
        JsonObject s = suggestionOf(members).orElseThrow(() -> new AssertionError("no suggestion of " + members));
        assertFalse(s.getString("proposedLead").contains("-kp-"), "no member in the DPRK is proposed to lead: " + s);
        assertTrue(s.getJsonObject("title").getJsonObject("texts").values().stream()
                .allMatch(v -> ((JsonString) v).getString().length() <= 60), s::toString);
        String id = s.getString("id");
        HttpResponse<String> created = expect(201, secretariat().post(API + "suggested-initiatives/" + id + "/accept", "{}"));
        JsonObject initiative = Http.object(created).getJsonObject("initiative");
        String initiativeId = initiative.getString("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("initiatives/" + initiativeId));
        JsonObject stored = record(expect(200, anonymous().get(API + "initiatives/" + initiativeId)));
        assertEquals("PROPOSED", stored.getString("status"));
        assertEquals(s.getString("proposedLead"), stored.getString("lead"));
        // The suggestion's members, not just this test's three: the draws of target are few, and on a
        // database that earlier runs have filled (CI's PostgreSQL), an earlier run's plans on the same
        // target join the theme.
        assertEquals(memberSet(s), memberSet(stored), stored::toString);
        assertTrue(memberSet(stored).containsAll(members), stored::toString);
        assertFalse(stored.getJsonArray("targets").isEmpty(), stored::toString);
        assertFalse(listed(Http.object(expect(200, secretariat().get(API + "suggested-initiatives"))), id));
        refused(409, "suggestion.decided", secretariat().post(API + "suggested-initiatives/" + id + "/accept", "{}"));
        String timeline = expect(200, anonymous().get(API + "initiatives/" + initiativeId + "/timeline")).body();
        assertTrue(timeline.contains("Accepted the suggestion"), timeline);
    }

    @Test
    void badDecisionsAreRefusedNamingTheFieldOrRule() {
        List<String> members = threeMembersOn("refuse", 2);
        String id = suggestionOf(members).orElseThrow(() -> new AssertionError("no suggestion of " + members)).getString("id");
        String path = API + "suggested-initiatives/" + id;
        HttpResponse<String> noReason = expect(422, secretariat().post(path + "/dismiss", "{}"));
        assertEquals("reason", Http.object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> outsider = expect(422, secretariat().post(path + "/accept",
                "{\"lead\":\"" + unique("not-a-member") + "\"}"));
        assertEquals("lead", Http.object(outsider).getJsonArray("errors").getJsonObject(0).getString("field"));
        refused(403, "suggestion.decide.secretariat-only", memberEditor(members.get(0)).post(path + "/dismiss",
                "{\"reason\":\"we would rather not\"}"));
        expect(401, anonymous().post(path + "/dismiss", "{\"reason\":\"no\"}"));
        expect(404, secretariat().post(API + "suggested-initiatives/s-0000000000000000/dismiss", "{\"reason\":\"no\"}"));
        assertTrue(suggestionOf(members).isPresent(), "nothing was decided");
    }
}
