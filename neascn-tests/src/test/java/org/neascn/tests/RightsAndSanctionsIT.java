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
 * Rights per field: a member editor keeps its records but never writes what the network
 * decides about them (its member's country and membership status, sanctions exemptions).
 * Exemptions are recorded by the secretariat's own commands, complete and for one of the
 * network's regimes, and they show on the timelines; screening of initiatives starts at
 * endorsement.
 */
class RightsAndSanctionsIT extends ServerIT {

    private static final JsonObject EXEMPTION = Json.createObjectBuilder().add("regime", "un-dprk")
            .add("authority", "Security Council Committee established pursuant to resolution 1718 (2006)")
            .add("reference", "1718/EX/2026/11").add("granted", "2026-01-15").build();

    private String member(String prefix, String country) {
        String id = unique(prefix);
        expect(201, secretariat().post(API + "members", with(load("member"), "id", id, "country", country).toString()));
        return id;
    }

    private static void forbidden(HttpResponse<String> response) {
        expect(403, response);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aMemberEditorChangesItsProfileButNotItsCountryOrStatus() {
        String city = member("rights-kp", "KP");
        String path = API + "members/" + city;
        HttpResponse<String> read = expect(200, memberEditor(city).get(path));
        forbidden(memberEditor(city).put(path, with(record(read), "country", "KR").toString(), "If-Match", etag(read)));
        forbidden(memberEditor(city).put(path, with(record(read), "status", "SUSPENDED").toString(), "If-Match", etag(read)));
        HttpResponse<String> after = expect(200, anonymous().get(path));
        assertEquals("KP", record(after).getString("country"));
        assertEquals(etag(read), etag(after));
        expect(200, memberEditor(city).put(path, with(record(read), "population", 3_000_000).toString(), "If-Match", etag(read)));
        expect(200, secretariat().put(path, with(record(expect(200, secretariat().get(path))), "country", "KR").toString(),
                "If-Match", etag(expect(200, secretariat().get(path)))));
    }

    @Test
    void aMemberEditorNeverWritesExemptionsOnItsProjects() {
        String city = member("rights-project-city", "MN");
        String project = unique("rights-project");
        String path = API + "projects/" + project;
        JsonObject record = with(load("project"), "id", project, "member", city, "plan", null);
        forbidden(memberEditor(city).post(API + "projects", with(record, "sanctionsExemptions",
                Json.createArrayBuilder().add(with(EXEMPTION, "authority", "the member itself")).build()).toString()));
        expect(404, secretariat().get(path));

        expect(201, memberEditor(city).post(API + "projects", record.toString()));
        HttpResponse<String> created = expect(200, memberEditor(city).get(path));
        forbidden(memberEditor(city).put(path, with(record(created), "sanctionsExemptions",
                Json.createArrayBuilder().add(EXEMPTION).build()).toString(), "If-Match", etag(created)));
        HttpResponse<String> byCommand = expect(403, memberEditor(city).post(path + "/sanctions-exemptions", EXEMPTION.toString()));
        assertEquals("sanctions.exemption.secretariat-only", Http.object(byCommand).getString("rule"));
        assertTrue(record(expect(200, secretariat().get(path))).getJsonArray("sanctionsExemptions").isEmpty());
        assertEquals(etag(created), etag(expect(200, secretariat().get(path))));
    }

    @Test
    void theSecretariatRecordsACompleteExemptionForOneOfTheNetworksRegimes() {
        String city = member("exempt-project-city", "KP");
        String project = unique("exempt-project");
        String path = API + "projects/" + project;
        expect(201, memberEditor(city).post(API + "projects", with(load("project"), "id", project, "member", city,
                "plan", null).toString()));

        HttpResponse<String> incomplete = secretariat().post(path + "/sanctions-exemptions",
                with(EXEMPTION, "reference", null).toString());
        assertEquals(422, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("reference"), incomplete.body());
        HttpResponse<String> unknown = expect(422, secretariat().post(path + "/sanctions-exemptions",
                with(EXEMPTION, "regime", "eu-somewhere").toString()));
        assertEquals("sanctions.exemption.unknown-regime", Http.object(unknown).getString("rule"));
        assertTrue(record(expect(200, secretariat().get(path))).getJsonArray("sanctionsExemptions").isEmpty());

        JsonObject exempted = record(expect(200, secretariat().post(path + "/sanctions-exemptions", EXEMPTION.toString())));
        assertEquals("1718/EX/2026/11", exempted.getJsonArray("sanctionsExemptions").getJsonObject(0).getString("reference"));
        String timeline = expect(200, anonymous().get(API + "members/" + city + "/timeline")).body();
        assertTrue(timeline.contains("sanctions.exemption.record") && timeline.contains("1718/EX/2026/11"), timeline);
    }

    @Test
    void anInitiativeWithADprkMemberIsEndorsedOnlyOnceTheSecretariatRecordsAnExemption() {
        String pyongyang = member("rights-pyongyang", "KP");
        String id = unique("rights-dprk-initiative");
        String path = API + "initiatives/" + id;
        expect(201, memberEditor("ulaanbaatar").post(API + "initiatives", with(load("initiative"), "id", id,
                "members", strings("ulaanbaatar", pyongyang), "sanctionsExemptions", Json.createArrayBuilder().build()).toString()));
        HttpResponse<String> blocked = expect(422, secretariat().post(path + "/endorse", ""));
        assertEquals("initiative.sanctions.blocked", Http.object(blocked).getString("rule"));
        HttpResponse<String> byLead = expect(403, memberEditor("ulaanbaatar").post(path + "/sanctions-exemptions",
                EXEMPTION.toString()));
        assertEquals("sanctions.exemption.secretariat-only", Http.object(byLead).getString("rule"));
        assertEquals("PROPOSED", record(expect(200, anonymous().get(path))).getString("status"));

        expect(200, secretariat().post(path + "/sanctions-exemptions", EXEMPTION.toString()));
        assertEquals("ENDORSED", record(expect(200, secretariat().post(path + "/endorse", ""))).getString("status"));
        String timeline = expect(200, anonymous().get(path + "/timeline")).body();
        assertTrue(timeline.contains("sanctions.exemption.record") && timeline.contains("initiative.endorse"), timeline);
    }
}
