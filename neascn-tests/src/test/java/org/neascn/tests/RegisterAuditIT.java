package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every plain write of a register leaves its entry on the audit trail, and the trail keeps
 * draft visibility: a draft plan's project and a person's e-mail never show on a timeline the
 * public reads.
 */
class RegisterAuditIT extends ServerIT {

    private String city(String prefix) {
        String id = unique(prefix);
        expect(201, secretariat().post(API + "members", with(load("member"), "id", id, "country", "MN").toString()));
        return id;
    }

    @Test
    void aMembersProfileAndProjectWritesAreOnItsTimeline() {
        String city = city("audit-city");
        HttpResponse<String> read = expect(200, memberEditor(city).get(API + "members/" + city));
        expect(200, memberEditor(city).put(API + "members/" + city, with(record(read), "population", 1_234_567).toString(),
                "If-Match", etag(read)));
        String project = unique("audit-project");
        HttpResponse<String> created = expect(201, memberEditor(city).post(API + "projects",
                with(load("project"), "id", project, "member", city, "plan", null).toString()));
        expect(204, memberEditor(city).delete(API + "projects/" + project, "If-Match", etag(created)));

        String timeline = expect(200, anonymous().get(API + "members/" + city + "/timeline")).body();
        assertTrue(timeline.contains("members.create") && timeline.contains("members.update"), timeline);
        assertTrue(timeline.contains("1234567"), "the change is on the trail: " + timeline);
        assertTrue(timeline.contains("projects.create") && timeline.contains("projects.delete"), timeline);
    }

    @Test
    void aDraftPlansProjectAndAPersonsEmailStayOffThePublicTimeline() {
        String city = city("audit-draft-city");
        String plan = unique("audit-draft-plan");
        expect(201, memberEditor(city).post(API + "plans", with(load("plan"), "id", plan, "member", city, "status", "DRAFT")
                .toString()));
        String project = unique("audit-draft-project");
        expect(201, memberEditor(city).post(API + "projects", with(load("project"), "id", project, "member", city,
                "plan", plan).toString()));
        String person = unique("audit-person");
        HttpResponse<String> officer = expect(201, memberEditor(city).post(API + "persons", with(load("person"), "id", person,
                "organisation",
                jakarta.json.Json.createObjectBuilder().add("kind", "MEMBER").add("id", city).build(), "email", "first.secret@example.org").toString()));
        expect(200, memberEditor(city).put(API + "persons/" + person, with(record(officer), "email", "second.secret@example.org",
                "title", text("en", "Chief officer")).toString(), "If-Match", etag(officer)));

        String timeline = expect(200, anonymous().get(API + "members/" + city + "/timeline")).body();
        assertFalse(timeline.contains(project), timeline);
        assertFalse(timeline.contains(plan), timeline);
        assertFalse(timeline.contains("secret@example.org"), timeline);
    }
}
