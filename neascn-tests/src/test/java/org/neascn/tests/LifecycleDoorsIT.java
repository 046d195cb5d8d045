package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Statuses move only through their commands: a create starts every lifecycle in its first
 * state (422), a PUT that changes one is refused (409) naming the rule, the status field and
 * the commands to use, and the record reads back as it was.
 */
class LifecycleDoorsIT extends ServerIT {

    private static final String UB = "ulaanbaatar";

    private static void refused(int status, String rule, String field, HttpResponse<String> response) {
        expect(status, response);
        JsonObject problem = Http.object(response);
        assertEquals(rule, problem.getString("rule"), response.body());
        assertEquals(field, problem.getString("field"), response.body());
        assertTrue(problem.getString("commands").contains("POST "), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    private static JsonObject plan(String id, String status) {
        return plan(id, UB, status);
    }

    private static JsonObject plan(String id, String member, String status) {
        return with(load("plan"), "id", id, "member", member, "status", status);
    }

    @Test
    void aMemberEditorCannotPublishItsDraftByPut() {
        String id = unique("door-draft");
        String path = API + "plans/" + id;
        expect(201, memberEditor(UB).post(API + "plans", plan(id, "DRAFT").toString()));
        HttpResponse<String> draft = expect(200, memberEditor(UB).get(path));
        refused(409, "scap.status.by-command", "status", memberEditor(UB).put(path,
                with(record(draft), "status", "PUBLISHED").toString(), "If-Match", etag(draft)));
        HttpResponse<String> after = expect(200, memberEditor(UB).get(path));
        assertEquals("DRAFT", record(after).getString("status"));
        assertEquals(etag(draft), etag(after), "nothing was saved");
        expect(404, anonymous().get(path));
    }

    @Test
    void theSecretariatPublishesOnlyByTheCommand() {
        String id = unique("door-submitted");
        String city = unique("door-city");
        registered(city);
        String path = API + "plans/" + id;
        expect(201, memberEditor(city).post(API + "plans", plan(id, city, "DRAFT").toString()));
        expect(200, memberEditor(city).post(path + "/submit", ""));
        HttpResponse<String> submitted = expect(200, secretariat().get(path));
        refused(409, "scap.status.by-command", "status", secretariat().put(path,
                with(record(submitted), "status", "PUBLISHED").toString(), "If-Match", etag(submitted)));
        assertEquals("SUBMITTED", record(expect(200, secretariat().get(path))).getString("status"));
        assertEquals("PUBLISHED", record(expect(200, secretariat().post(path + "/publish", ""))).getString("status"));
    }

    @Test
    void aPlanIsNotCreatedPublishedNorWithApprovedMeasurements() {
        String published = unique("door-born-published");
        refused(422, "scap.create.first-state", "status",
                secretariat().post(API + "plans", plan(published, "PUBLISHED").toString()));
        expect(404, secretariat().get(API + "plans/" + published));

        String approved = unique("door-born-approved");
        JsonObject template = plan(approved, "DRAFT");
        JsonObject target = template.getJsonArray("targets").getJsonObject(0);
        JsonObject indicator = target.getJsonArray("indicators").getJsonObject(0);
        JsonObject measurement = with(indicator.getJsonArray("measurements").getJsonObject(0), "status", "APPROVED");
        JsonObject tampered = with(template, "targets", Json.createArrayBuilder().add(with(target, "indicators",
                Json.createArrayBuilder().add(with(indicator, "measurements", Json.createArrayBuilder().add(measurement)
                        .build())).build())).build());
        refused(422, "measurement.create.first-state", "targets[0].indicators[0].measurements[0].status",
                memberEditor(UB).post(API + "plans", tampered.toString()));
        expect(404, memberEditor(UB).get(API + "plans/" + approved));
    }

    @Test
    void aLeadMemberCannotEndorseItsInitiativeByPut() {
        String id = unique("door-initiative");
        String path = API + "initiatives/" + id;
        JsonObject initiative = with(load("initiative"), "id", id, "sanctionsExemptions", Json.createArrayBuilder().build());
        expect(201, secretariat().post(API + "initiatives", initiative.toString()));
        HttpResponse<String> proposed = expect(200, memberEditor(UB).get(path));
        refused(409, "initiative.status.by-command", "status", memberEditor(UB).put(path,
                with(record(proposed), "status", "ENDORSED").toString(), "If-Match", etag(proposed)));
        refused(409, "milestone.status.by-command", "milestones[0].status", memberEditor(UB).put(path,
                with(record(proposed), "milestones", Json.createArrayBuilder().add(with(
                        record(proposed).getJsonArray("milestones").getJsonObject(0), "status", "REACHED")).build())
                        .toString(), "If-Match", etag(proposed)));
        HttpResponse<String> after = expect(200, anonymous().get(path));
        assertEquals("PROPOSED", record(after).getString("status"));
        assertEquals("PLANNED", record(after).getJsonArray("milestones").getJsonObject(0).getString("status"));
        assertEquals(etag(proposed), etag(after));
    }

    @Test
    void anInitiativeIsNotCreatedInImplementation() {
        String id = unique("door-born-implementing");
        JsonObject initiative = with(load("initiative"), "id", id, "status", "IN_IMPLEMENTATION",
                "sanctionsExemptions", Json.createArrayBuilder().build());
        refused(422, "initiative.create.first-state", "status", secretariat().post(API + "initiatives", initiative.toString()));
        expect(404, anonymous().get(API + "initiatives/" + id));
    }

    @Test
    void aFrameworkVersionGoesIntoConsultationOnlyByOpeningARound() {
        String id = unique("door-framework");
        String path = API + "framework-versions/" + id;
        refused(422, "framework-version.create.first-state", "status", secretariat().post(API + "framework-versions",
                with(load("framework-version"), "id", id, "status", "IN_CONSULTATION").toString()));
        expect(201, secretariat().post(API + "framework-versions", with(load("framework-version"), "id", id).toString()));
        HttpResponse<String> draft = expect(200, secretariat().get(path));
        refused(409, "framework-version.status.by-command", "status", secretariat().put(path,
                with(record(draft), "status", "IN_CONSULTATION").toString(), "If-Match", etag(draft)));
        assertEquals("DRAFT", record(expect(200, anonymous().get(path))).getString("status"));
    }

    @Test
    void anInitiativeWithADprkMemberIsNotEndorsedAndAnExemptOneIs() {
        String pyongyang = unique("door-pyongyang");
        expect(201, secretariat().post(API + "members", with(load("member"), "id", pyongyang, "country", "KP").toString()));
        String blocked = unique("door-dprk");
        expect(201, secretariat().post(API + "initiatives", with(load("initiative"), "id", blocked, "members",
                strings(UB, pyongyang), "sanctionsExemptions", Json.createArrayBuilder().build()).toString()));
        HttpResponse<String> refusal = expect(422, secretariat().post(API + "initiatives/" + blocked + "/endorse", ""));
        assertEquals("initiative.sanctions.blocked", Http.object(refusal).getString("rule"));
        assertEquals("PROPOSED", record(expect(200, anonymous().get(API + "initiatives/" + blocked))).getString("status"));

        String exempt = unique("door-dprk-exempt");
        expect(201, secretariat().post(API + "initiatives", with(load("initiative"), "id", exempt, "members",
                strings(UB, pyongyang)).toString()));
        assertEquals("ENDORSED", record(expect(200, secretariat().post(API + "initiatives/" + exempt + "/endorse", "")))
                .getString("status"));
    }
}
