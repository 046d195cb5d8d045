package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A smart city action plan walks its lifecycle through the API with the right roles and the
 * wrong ones: Seoul's editor drafts and submits, the secretariat returns and publishes, a
 * published plan is read-only, the next version supersedes it; every save is a revision.
 */
class PlanLifecycleIT extends ServerIT {

    /*
     * A member has one published plan per version, and the database outlives a run: each run,
     * and each test that publishes, acts for cities of its own (seoul-<run>, seoul-v-<run>...).
     */
    private static final String SEOUL = unique("seoul");
    private static final String BUSAN = unique("busan");

    @org.junit.jupiter.api.BeforeEach
    void membersOfThisRunAreRegistered() {
        registered(SEOUL, BUSAN);
    }

    private static JsonObject plan(String id, String member) {
        return with(load("plan"), "id", id, "member", member, "status", "DRAFT");
    }

    private static void refused(int status, String rule, HttpResponse<String> response) {
        expect(status, response);
        assertEquals(rule, Http.object(response).getString("rule"), response.body());
        assertTrue(Http.object(response).containsKey("state"), response.body());
    }

    private String draftOf(String member, String prefix) {
        String id = unique(prefix);
        expect(201, memberEditor(member).post(API + "plans", plan(id, member).toString()));
        return id;
    }

    @Test
    void seoulsPlanIsSubmittedReturnedRevisedAndPublished() {
        String seoul = unique("seoul-lifecycle");
        registered(seoul);
        String id = draftOf(seoul, "seoul-scap");
        String path = API + "plans/" + id;
        expect(200, memberEditor(seoul).post(path + "/submit", ""));
        expect(200, secretariat().post(path + "/return", Json.createObjectBuilder()
                .add("comments", text("en", "Add a second indicator")).build().toString()));
        HttpResponse<String> returned = expect(200, memberEditor(seoul).get(path));
        assertEquals("RETURNED_FOR_REVISION", record(returned).getString("status"));
        expect(200, memberEditor(seoul).put(path, with(record(returned), "vision", text("en", "A smarter Seoul")).toString(),
                "If-Match", etag(returned)));
        expect(200, memberEditor(seoul).post(path + "/submit", ""));
        HttpResponse<String> published = expect(200, secretariat().post(path + "/publish", ""));
        assertEquals("PUBLISHED", record(published).getString("status"));
        assertEquals(200, anonymous().get(path).statusCode(), "a published plan is public");
    }

    @Test
    void seoulsEditorCannotPublishItsOwnPlan() {
        String id = draftOf(SEOUL, "seoul-self-publish");
        expect(200, memberEditor(SEOUL).post(API + "plans/" + id + "/submit", ""));
        refused(403, "scap.publish.secretariat-only", memberEditor(SEOUL).post(API + "plans/" + id + "/publish", ""));
        assertEquals("SUBMITTED", record(expect(200, memberEditor(SEOUL).get(API + "plans/" + id))).getString("status"));
    }

    @Test
    void seoulsEditorCannotEditBusansPlan() {
        String id = draftOf(BUSAN, "busan-scap");
        String path = API + "plans/" + id;
        HttpResponse<String> draft = expect(200, memberEditor(BUSAN).get(path));
        expect(404, memberEditor(SEOUL).put(path, record(draft).toString(), "If-Match", etag(draft)));
        expect(200, memberEditor(BUSAN).post(path + "/submit", ""));
        expect(200, secretariat().post(path + "/publish", ""));
        HttpResponse<String> published = expect(200, memberEditor(SEOUL).get(path));
        refused(403, "scap.edit.member-editors-only", memberEditor(SEOUL).put(path,
                with(record(published), "vision", text("en", "Seoul's view")).toString(), "If-Match", etag(published)));
    }

    @Test
    void aPublishedPlanIsReadOnlyAndStaysUnchanged() {
        String seoul = unique("seoul-read-only");
        registered(seoul);
        String id = draftOf(seoul, "seoul-read-only");
        String path = API + "plans/" + id;
        expect(200, memberEditor(seoul).post(path + "/submit", ""));
        HttpResponse<String> published = expect(200, secretariat().post(path + "/publish", ""));
        refused(409, "scap.edit.published-read-only", memberEditor(seoul).put(path,
                with(record(published), "vision", text("en", "Changed")).toString(), "If-Match", etag(published)));
        refused(409, "scap.edit.published-read-only", secretariat().put(path,
                with(record(published), "vision", text("en", "Changed")).toString(), "If-Match", etag(published)));
        HttpResponse<String> after = expect(200, anonymous().get(path));
        assertEquals(record(published), record(after));
        assertEquals(etag(published), etag(after));
    }

    @Test
    void submittingASubmittedPlanIsAConflictThatNamesTheRule() {
        String id = draftOf(SEOUL, "seoul-twice");
        expect(200, memberEditor(SEOUL).post(API + "plans/" + id + "/submit", ""));
        refused(409, "scap.submit.not-a-draft", memberEditor(SEOUL).post(API + "plans/" + id + "/submit", ""));
    }

    @Test
    void returningWithoutCommentsIsRefused() {
        String id = draftOf(SEOUL, "seoul-no-comments");
        expect(200, memberEditor(SEOUL).post(API + "plans/" + id + "/submit", ""));
        refused(422, "scap.return.requires-comments", secretariat().post(API + "plans/" + id + "/return", "{}"));
    }

    @Test
    void theNextVersionSupersedesThePublishedOneWhenPublished() {
        String seoul = unique("seoul-versions");
        registered(seoul);
        String id = draftOf(seoul, "seoul-v1");
        expect(200, memberEditor(seoul).post(API + "plans/" + id + "/submit", ""));
        expect(200, secretariat().post(API + "plans/" + id + "/publish", ""));
        String next = unique("seoul-v2");
        HttpResponse<String> draft = expect(200, memberEditor(seoul).post(API + "plans/" + id + "/next-version",
                Json.createObjectBuilder().add("id", next).build().toString()));
        assertEquals(2, record(draft).getInt("version"));
        expect(200, memberEditor(seoul).post(API + "plans/" + next + "/submit", ""));
        expect(200, secretariat().post(API + "plans/" + next + "/publish", ""));
        assertEquals("SUPERSEDED", record(expect(200, anonymous().get(API + "plans/" + id))).getString("status"));
    }

    @Test
    void everySaveIsARevisionAndTwoRevisionsCompareFieldByField() {
        String id = draftOf(SEOUL, "seoul-revisions");
        String path = API + "plans/" + id;
        HttpResponse<String> draft = expect(200, memberEditor(SEOUL).get(path));
        expect(200, memberEditor(SEOUL).put(path, with(record(draft), "vision", text("en", "Revised vision")).toString(),
                "If-Match", etag(draft)));
        JsonArray versions = (JsonArray) Http.json(expect(200, memberEditor(SEOUL).get(path + "/versions")));
        assertEquals(2, versions.size());
        assertTrue(expect(200, memberEditor(SEOUL).get(path + "/versions/1")).body().contains("A clean, connected capital"));
        String diff = expect(200, memberEditor(SEOUL).get(path + "/diff?from=1&to=2")).body();
        assertTrue(diff.contains("vision.texts.en") && diff.contains("Revised vision"), diff);
        expect(404, memberEditor(SEOUL).get(path + "/versions/99"));
        expect(404, memberEditor(BUSAN).get(path + "/versions"));
    }

    @Test
    void savingAnUnchangedPlanKeepsItsVersionAndAddsNoRevision() {
        String id = draftOf(SEOUL, "seoul-unchanged");
        String path = API + "plans/" + id;
        HttpResponse<String> draft = expect(200, memberEditor(SEOUL).get(path));
        HttpResponse<String> again = expect(200, memberEditor(SEOUL).put(path, record(draft).toString(), "If-Match", etag(draft)));
        assertEquals(etag(draft), etag(again));
        assertEquals(1, ((JsonArray) Http.json(expect(200, memberEditor(SEOUL).get(path + "/versions")))).size());
        expect(200, memberEditor(SEOUL).post(path + "/submit", "", "If-Match", etag(again)));
    }

    @Test
    void measurementsAreEnteredApprovedAndCountTowardsProgress() {
        String seoul = unique("seoul-monitored");
        registered(seoul);
        String id = draftOf(seoul, "seoul-monitored");
        String path = API + "plans/" + id;
        expect(200, memberEditor(seoul).post(path + "/submit", ""));
        expect(200, secretariat().post(path + "/publish", ""));
        String measurements = path + "/targets/clean-air/indicators/pm25/measurements";
        String entry = Json.createObjectBuilder().add("value", 45).add("date", "2023-12-31").build().toString();
        refused(403, "monitoring.enter.member-editors-only", memberEditor(BUSAN).post(measurements, entry));
        expect(200, memberEditor(seoul).post(measurements, entry));
        refused(403, "monitoring.review.secretariat-only", memberEditor(seoul).post(measurements + "/1/approve", ""));
        expect(200, secretariat().post(measurements + "/1/approve", ""));
        refused(409, "monitoring.review.not-entered", secretariat().post(measurements + "/1/approve", ""));
        JsonObject progress = Http.object(expect(200, anonymous().get(path + "/progress?asOf=2024-01-01")));
        assertTrue(progress.getJsonObject("targets").containsKey("clean-air"), progress.toString());
        String network = expect(200, anonymous().get(API + "progress?member=" + seoul)).body();
        assertTrue(network.contains("quality-environment"), network);
        JsonObject timeline = Http.object(expect(200, anonymous().get(API + "members/ulaanbaatar/timeline")));
        assertTrue(timeline.containsKey("lines"));
    }
}
