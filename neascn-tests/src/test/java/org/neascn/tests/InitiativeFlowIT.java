package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A cooperation initiative walks its lifecycle; the wrong roles and wrong moves are refused and change nothing. */
class InitiativeFlowIT extends ServerIT {

    private static final String UB = "ulaanbaatar";
    private static final String SHANGHAI = "shanghai";

    @org.junit.jupiter.api.BeforeEach
    void seoulIsRegistered() {
        registered("seoul");
    }

    private String proposed(String prefix, String... members) {
        String id = unique(prefix);
        JsonObject initiative = with(load("initiative"), "id", id, "lead", members[0], "members", strings(members),
                "status", "PROPOSED", "sanctionsExemptions", Json.createArrayBuilder().build());
        expect(201, secretariat().post(API + "initiatives", initiative.toString()));
        return API + "initiatives/" + id;
    }

    private static void refused(int status, String rule, HttpResponse<String> response) {
        expect(status, response);
        assertEquals(rule, Http.object(response).getString("rule"), response.body());
    }

    @Test
    void anInitiativeGoesFromProposalToCompletion() {
        String path = proposed("clean-air-flow", UB, SHANGHAI);
        expect(200, secretariat().post(path + "/endorse", ""));
        expect(200, memberEditor(UB).post(path + "/start-preparation", ""));
        expect(200, memberEditor(UB).post(path + "/seek-financing", ""));
        expect(200, memberEditor(UB).post(path + "/start-implementation", ""));
        expect(200, memberEditor(UB).post(path + "/complete", ""));
        assertEquals("COMPLETED", record(expect(200, anonymous().get(path))).getString("status"));
        String timeline = expect(200, anonymous().get(path + "/timeline")).body();
        assertTrue(timeline.contains("initiative.endorse") && timeline.contains("initiative.complete"), timeline);
    }

    @Test
    void onlyTheSecretariatEndorses() {
        String path = proposed("endorse-by-lead", UB, SHANGHAI);
        refused(403, "initiative.endorse.secretariat-only", memberEditor(UB).post(path + "/endorse", ""));
        assertEquals("PROPOSED", record(expect(200, anonymous().get(path))).getString("status"));
    }

    @Test
    void anIllegalMoveIsAConflictAndLeavesTheInitiativeUnchanged() {
        String path = proposed("skip-ahead", UB, SHANGHAI);
        HttpResponse<String> before = expect(200, anonymous().get(path));
        refused(409, "initiative.complete.wrong-state", secretariat().post(path + "/complete", ""));
        HttpResponse<String> after = expect(200, anonymous().get(path));
        assertEquals(record(before), record(after));
        assertEquals(etag(before), etag(after));
    }

    @Test
    void suspendingNeedsAReasonAndResumingReturnsToAnOpenState() {
        String path = proposed("suspended", UB, SHANGHAI);
        refused(422, "initiative.suspend.requires-reason", secretariat().post(path + "/suspend", "{}"));
        expect(200, secretariat().post(path + "/suspend", Json.createObjectBuilder()
                .add("reason", text("en", "Budget freeze")).build().toString()));
        expect(200, secretariat().post(path + "/resume", "{\"to\":\"PROPOSED\"}"));
        expect(200, secretariat().post(path + "/cancel", Json.createObjectBuilder()
                .add("reason", text("en", "Merged into another initiative")).build().toString()));
        refused(409, "initiative.join.closed", memberEditor("seoul").post(path + "/members", "{\"member\":\"seoul\"}"));
    }

    @Test
    void membersJoinLeaveAndHandOverTheLead() {
        String path = proposed("membership", UB, SHANGHAI);
        refused(403, "initiative.join.member-editors-only", memberEditor(UB).post(path + "/members", "{\"member\":\"seoul\"}"));
        expect(200, memberEditor("seoul").post(path + "/members", "{\"member\":\"seoul\"}"));
        refused(409, "initiative.leave.lead-must-hand-over", memberEditor(UB).delete(path + "/members/" + UB));
        expect(200, memberEditor(UB).post(path + "/hand-over", "{\"member\":\"" + SHANGHAI + "\"}"));
        expect(200, memberEditor(UB).delete(path + "/members/" + UB));
        refused(409, "initiative.leave.minimum-members", memberEditor("seoul").delete(path + "/members/seoul"));
        expect(200, memberEditor(SHANGHAI).post(path + "/partners", "{\"partner\":\"edcf\",\"role\":\"FUNDING\"}"));
        expect(200, memberEditor(SHANGHAI).delete(path + "/partners/edcf"));
        expect(200, memberEditor(SHANGHAI).post(path + "/milestones", Json.createObjectBuilder()
                .add("title", text("en", "Feasibility study")).add("due", "2027-06-30").add("status", "PLANNED").build().toString()));
        expect(200, memberEditor(SHANGHAI).post(path + "/milestones/1/settle", "{\"outcome\":\"REACHED\"}"));
        refused(409, "initiative.settle-milestone.settled",
                memberEditor(SHANGHAI).post(path + "/milestones/1/settle", "{\"outcome\":\"MISSED\"}"));
        String timeline = expect(200, anonymous().get(API + "members/" + SHANGHAI + "/timeline")).body();
        assertTrue(timeline.contains("handed the lead"), timeline);
    }

    @Test
    void sanctionsScreeningBlocksEndorsementAlready() {
        String pyongyang = unique("pyongyang");
        expect(201, secretariat().post(API + "members", with(load("member"), "id", pyongyang, "country", "KP").toString()));
        String path = proposed("dprk-joint", UB, pyongyang);
        refused(422, "initiative.sanctions.blocked", secretariat().post(path + "/endorse", ""));
        assertEquals("PROPOSED", record(expect(200, anonymous().get(path))).getString("status"));
    }
}
