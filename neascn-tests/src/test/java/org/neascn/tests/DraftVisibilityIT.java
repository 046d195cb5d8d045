package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A draft plan is read by its member's editors and the secretariat only, and so is everything
 * that tells of it: the member's timeline, the plan's earlier revisions and their diff, and the
 * projects of the draft in lists, single reads and exports.
 */
class DraftVisibilityIT extends ServerIT {

    private String city(String prefix) {
        String id = unique(prefix);
        expect(201, secretariat().post(API + "members", with(load("member"), "id", id, "country", "MN").toString()));
        return id;
    }

    private String draft(String city, String prefix) {
        String id = unique(prefix);
        String path = API + "plans/" + id;
        expect(201, memberEditor(city).post(API + "plans", with(load("plan"), "id", id, "member", city, "status", "DRAFT")
                .toString()));
        HttpResponse<String> draft = expect(200, memberEditor(city).get(path));
        expect(200, memberEditor(city).put(path, with(record(draft), "vision", text("en", "A secret first vision")).toString(),
                "If-Match", etag(draft)));
        return id;
    }

    @Test
    void aDraftsEditsStayOffTheMembersTimelineForOthers() {
        String city = city("timeline-city");
        String plan = draft(city, "timeline-draft");
        String timeline = API + "members/" + city + "/timeline";
        String own = expect(200, memberEditor(city).get(timeline)).body();
        assertTrue(own.contains(plan) && own.contains("A secret first vision"), own);
        assertTrue(expect(200, secretariat().get(timeline)).body().contains(plan));
        for (Http other : new Http[] {anonymous(), memberEditor("shanghai")}) {
            String body = expect(200, other.get(timeline)).body();
            assertFalse(body.contains(plan), body);
            assertFalse(body.contains("A secret first vision"), body);
        }
    }

    @Test
    void aPublishedPlansDraftRevisionsAreNotPublic() {
        String city = city("revisions-city");
        String plan = draft(city, "revisions-plan");
        String path = API + "plans/" + plan;
        expect(200, memberEditor(city).post(path + "/submit", ""));
        expect(200, secretariat().post(path + "/publish", ""));
        long latest = Http.json(expect(200, secretariat().get(path + "/versions"))).asJsonArray().stream()
                .mapToLong(v -> v.asJsonObject().getJsonNumber("revision").longValue()).max().orElseThrow();

        String versions = expect(200, anonymous().get(path + "/versions")).body();
        assertFalse(versions.contains("\"revision\":1,"), versions);
        assertTrue(versions.contains("\"revision\":" + latest), versions);
        expect(404, anonymous().get(path + "/versions/1"));
        expect(404, memberEditor("shanghai").get(path + "/versions/2"));
        expect(404, anonymous().get(path + "/diff?from=1&to=" + latest));
        expect(200, anonymous().get(path + "/versions/" + latest));
        assertEquals("DRAFT", Http.object(expect(200, memberEditor(city).get(path + "/versions/1"))).getString("status"));
        expect(200, secretariat().get(path + "/diff?from=1&to=" + latest));
    }

    @Test
    void aDraftsProjectIsHiddenUntilThePlanIsPublished() {
        String city = city("projects-city");
        String plan = draft(city, "projects-plan");
        String project = unique("projects-of-draft");
        JsonObject record = with(load("project"), "id", project, "member", city, "plan", plan);
        expect(201, memberEditor(city).post(API + "projects", record.toString()));
        String path = API + "projects/" + project;

        for (Http other : new Http[] {anonymous(), memberEditor("shanghai")}) {
            expect(404, other.get(path));
            JsonObject list = Http.object(expect(200, other.get(API + "projects?limit=200&member=" + city)));
            assertFalse(list.toString().contains(project), list::toString);
            assertEquals(0, list.getJsonNumber("total").longValue(), "the hidden project is not counted either: " + list);
            // On a database with no public project yet (this class run alone on a new one), the
            // export refuses to make an empty package (OC4IDS wants at least one project).
            HttpResponse<String> export = other.get(API + "exports/oc4ids");
            assertTrue(export.statusCode() == 200 || export.statusCode() == 422, export::body);
            assertFalse(export.body().contains(project), export::body);
        }
        expect(200, memberEditor(city).get(path));
        expect(200, secretariat().get(path));
        assertEquals(1, Http.object(expect(200, memberEditor(city).get(API + "projects?member=" + city)))
                .getJsonNumber("total").longValue());

        expect(200, memberEditor(city).post(API + "plans/" + plan + "/submit", ""));
        expect(200, secretariat().post(API + "plans/" + plan + "/publish", ""));
        expect(200, anonymous().get(path));
        assertTrue(expect(200, anonymous().get(API + "projects?limit=200&member=" + city)).body().contains(project));
    }
}
