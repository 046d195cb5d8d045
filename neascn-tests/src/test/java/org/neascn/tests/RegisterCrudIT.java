package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The secretariat creates, reads, changes and removes a record of every register. */
class RegisterCrudIT extends ServerIT {

    @Test
    void memberGoesThroughItsWholeLifecycle() {
        roundTrip("members", with(load("member"), "id", unique("seoul")), "population", Json.number(9_500_000));
    }

    @Test
    void partnerGoesThroughItsWholeLifecycle() {
        roundTrip("partners", with(load("partner"), "id", unique("tta")), "acronym", Json.string("TTA2"));
    }

    @Test
    void personGoesThroughItsWholeLifecycle() {
        roundTrip("persons", with(load("person"), "id", unique("kim")), "title", text("en", "Chief Smart City Officer"));
    }

    @Test
    void planGoesThroughItsWholeLifecycle() {
        roundTrip("plans", with(load("plan"), "id", unique("ub-scap")), "vision", text("en", "A cleaner Ulaanbaatar"));
    }

    @Test
    void projectGoesThroughItsWholeLifecycle() {
        roundTrip("projects", with(load("project"), "id", unique("ub-wte")), "stage", Json.string("STRUCTURING"));
    }

    @Test
    void initiativeGoesThroughItsWholeLifecycle() {
        roundTrip("initiatives", with(load("initiative"), "id", unique("clean-air")), "title", text("en", "Clean air, revised"));
    }

    @Test
    void meetingGoesThroughItsWholeLifecycle() {
        roundTrip("meetings", with(load("meeting"), "id", unique("task-force")), "title", text("en", "Task force, kick-off"));
    }

    @Test
    void frameworkVersionGoesThroughItsWholeLifecycle() {
        roundTrip("framework-versions", with(load("framework-version"), "id", unique("framework")),
                "title", text("en", "NEASCN Framework, second draft"));
    }

    @Test
    void memberThatStillKeepsAPlanIsNotDeleted() {
        Http http = secretariat();
        String member = unique("in-use-member");
        HttpResponse<String> created = expect(201, http.post(API + "members", with(load("member"), "id", member).toString()));
        expect(201, http.post(API + "plans", with(load("plan"), "id", unique("in-use-scap"), "member", member).toString()));

        HttpResponse<String> refused = expect(409, http.delete(API + "members/" + member, "If-Match", etag(created)));
        assertEquals("urn:neascn:problem:in-use", Http.object(refused).getString("type"));
        assertTrue(Http.object(refused).getString("detail").contains("1 plans"), refused.body());
        expect(200, http.get(API + "members/" + member));
    }

    private void roundTrip(String collection, JsonObject record, String field, JsonValue changed) {
        Http http = secretariat();
        String id = record.getString("id");
        String path = API + collection + "/" + id;

        HttpResponse<String> created = expect(201, http.post(API + collection, record.toString()));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/" + path), "Location names the record");
        assertEquals("\"1\"", etag(created));

        HttpResponse<String> read = expect(200, http.get(path));
        assertEquals(record(created), record(read), "a read returns what the create stored");
        assertEquals(id, Http.object(read).getString("id"));

        HttpResponse<String> updated = expect(200, http.put(path, with(record(read), field, changed).toString(), "If-Match", etag(read)));
        assertEquals("\"2\"", etag(updated));
        assertEquals(changed, record(expect(200, http.get(path))).get(field));

        expect(204, http.delete(path, "If-Match", etag(updated)));
        expect(404, http.get(path));
    }

    /** JSON-P values for the changed fields. */
    private static final class Json {
        static JsonValue number(long value) {
            return jakarta.json.Json.createValue(value);
        }

        static JsonValue string(String value) {
            return jakarta.json.Json.createValue(value);
        }
    }
}
