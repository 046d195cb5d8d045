package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every role against every kind of write, allowed and forbidden: object-level authorization
 * (a member editor of Ulaanbaatar cannot touch Shanghai's records), and what the public sees.
 */
class AuthorizationIT extends ServerIT {

    private static final String UB = "ulaanbaatar";
    private static final String SHANGHAI = "shanghai";

    private static JsonObject project(String id, String member) {
        return with(load("project"), "id", id, "member", member, "plan", null);
    }

    private static JsonObject plan(String id, String member, String status) {
        return with(load("plan"), "id", id, "member", member, "status", status);
    }

    private static JsonObject person(String id, String kind, String organisation) {
        return with(load("person"), "id", id,
                "organisation", Json.createObjectBuilder().add("kind", kind).add("id", organisation).build());
    }

    private static void forbidden(HttpResponse<String> response) {
        expect(403, response);
        assertEquals("urn:neascn:problem:forbidden", Http.object(response).getString("type"));
    }

    // Anonymous public

    @Test
    void publicCannotWriteAnything() {
        HttpResponse<String> response = expect(401, anonymous().post(API + "projects", project(unique("anon"), UB).toString()));
        assertEquals("urn:neascn:problem:authentication-required", Http.object(response).getString("type"));
    }

    @Test
    void unreadableLocalIdentityIsRejected() {
        expect(401, anonymous().as("mayor").get(API + "members"));
        expect(401, anonymous().as("member-editor").get(API + "members"));
    }

    @Test
    void bearerTokenIsRefusedWhileNoIdentityProviderIsConfigured() {
        HttpResponse<String> response = expect(401, anonymous().get(API + "members", "Authorization", "Bearer not-a-token"));
        assertEquals("urn:neascn:problem:authentication-required", Http.object(response).getString("type"));
    }

    // Member editor

    @Test
    void memberEditorCreatesChangesAndRemovesItsOwnProject() {
        Http editor = memberEditor(UB);
        String path = API + "projects/" + unique("ub-own");
        HttpResponse<String> created = expect(201, editor.post(API + "projects", project(unique("ub-own"), UB).toString()));
        HttpResponse<String> changed = expect(200, editor.put(path, with(record(created), "stage", "STRUCTURING").toString(),
                "If-Match", etag(created)));
        expect(204, editor.delete(path, "If-Match", etag(changed)));
    }

    @Test
    void memberEditorCannotCreateAProjectOfAnotherMember() {
        forbidden(memberEditor(UB).post(API + "projects", project(unique("sh-by-ub"), SHANGHAI).toString()));
    }

    @Test
    void memberEditorCannotChangeOrRemoveAnotherMembersProject() {
        String id = unique("sh-project");
        HttpResponse<String> created = expect(201, memberEditor(SHANGHAI).post(API + "projects", project(id, SHANGHAI).toString()));
        forbidden(memberEditor(UB).put(API + "projects/" + id, with(record(created), "stage", "SCOPING").toString(), "If-Match", etag(created)));
        forbidden(memberEditor(UB).delete(API + "projects/" + id, "If-Match", etag(created)));
    }

    @Test
    void memberEditorCannotHandItsProjectToAnotherMember() {
        String id = unique("ub-handover");
        HttpResponse<String> created = expect(201, memberEditor(UB).post(API + "projects", project(id, UB).toString()));
        forbidden(memberEditor(UB).put(API + "projects/" + id, with(record(created), "member", SHANGHAI).toString(), "If-Match", etag(created)));
    }

    @Test
    void memberEditorChangesItsOwnMemberProfileButNotItsMembershipStatus() {
        HttpResponse<String> read = expect(200, memberEditor(UB).get(API + "members/" + UB));
        HttpResponse<String> changed = expect(200, memberEditor(UB).put(API + "members/" + UB,
                with(record(read), "population", 1_700_000 + (int) (System.nanoTime() % 1000)).toString(), "If-Match", etag(read)));
        forbidden(memberEditor(UB).put(API + "members/" + UB, with(record(changed), "status", "SUSPENDED").toString(),
                "If-Match", etag(changed)));
    }

    @Test
    void memberEditorCannotChangeAnotherMember() {
        HttpResponse<String> read = expect(200, anonymous().get(API + "members/" + SHANGHAI));
        forbidden(memberEditor(UB).put(API + "members/" + SHANGHAI, record(read).toString(), "If-Match", etag(read)));
    }

    @Test
    void memberEditorCannotCreateMembersPartnersMeetingsOrFrameworkVersions() {
        Http editor = memberEditor(UB);
        forbidden(editor.post(API + "members", with(load("member"), "id", unique("new-city")).toString()));
        forbidden(editor.post(API + "partners", with(load("partner"), "id", unique("new-partner")).toString()));
        forbidden(editor.post(API + "meetings", with(load("meeting"), "id", unique("ub-meeting")).toString()));
        forbidden(editor.post(API + "framework-versions", with(load("framework-version"), "id", unique("ub-framework")).toString()));
    }

    @Test
    void memberEditorKeepsItsOwnPeopleOnly() {
        expect(201, memberEditor(UB).post(API + "persons", person(unique("ub-officer"), "MEMBER", UB).toString()));
        forbidden(memberEditor(UB).post(API + "persons", person(unique("sh-officer"), "MEMBER", SHANGHAI).toString()));
    }

    @Test
    void memberEditorKeepsOnlyInitiativesItLeads() {
        // Exemptions are the secretariat's to record, by command: a member's initiative comes without.
        expect(201, memberEditor(UB).post(API + "initiatives", with(load("initiative"), "id", unique("ub-led"),
                "sanctionsExemptions", Json.createArrayBuilder().build()).toString()));
        forbidden(memberEditor(SHANGHAI).post(API + "initiatives", with(load("initiative"), "id", unique("sh-not-lead")).toString()));
    }

    @Test
    void memberEditorSubmitsButCannotPublishAPlan() {
        String id = unique("ub-plan-publish");
        // A city of its own: a member publishes one plan per version, and the database outlives runs.
        String city = unique("ub-publisher");
        registered(city);
        expect(201, memberEditor(city).post(API + "plans", plan(id, city, "DRAFT").toString()));
        expect(200, memberEditor(city).post(API + "plans/" + id + "/submit", ""));
        forbidden(memberEditor(city).post(API + "plans/" + id + "/publish", ""));
        expect(200, secretariat().post(API + "plans/" + id + "/publish", ""));
    }

    // Partner

    @Test
    void partnerChangesItsOwnProfileOnly() {
        HttpResponse<String> adb = expect(200, partner("adb").get(API + "partners/adb"));
        expect(200, partner("adb").put(API + "partners/adb", record(adb).toString(), "If-Match", etag(adb)));
        HttpResponse<String> tcs = expect(200, partner("adb").get(API + "partners/tcs"));
        forbidden(partner("adb").put(API + "partners/tcs", record(tcs).toString(), "If-Match", etag(tcs)));
    }

    @Test
    void partnerKeepsItsOwnPeopleOnly() {
        expect(201, partner("adb").post(API + "persons", person(unique("adb-officer"), "PARTNER", "adb").toString()));
        forbidden(partner("adb").post(API + "persons", person(unique("tcs-officer"), "PARTNER", "tcs").toString()));
    }

    @Test
    void partnerCannotWriteProjectsPlansOrMeetings() {
        forbidden(partner("adb").post(API + "projects", project(unique("adb-project"), UB).toString()));
        forbidden(partner("adb").post(API + "plans", plan(unique("adb-plan"), UB, "DRAFT").toString()));
        forbidden(partner("adb").post(API + "meetings", with(load("meeting"), "id", unique("adb-meeting")).toString()));
    }

    // Secretariat

    @Test
    void secretariatWritesMeetingsAndAnyMembersRecords() {
        expect(201, secretariat().post(API + "meetings", with(load("meeting"), "id", unique("secretariat-meeting")).toString()));
        expect(201, secretariat().post(API + "projects", project(unique("sh-by-secretariat"), SHANGHAI).toString()));
    }

    // Drafts and private data

    @Test
    void draftPlanIsInvisibleToThePublicAndToOtherMembers() {
        String id = unique("ub-draft");
        expect(201, memberEditor(UB).post(API + "plans", plan(id, UB, "DRAFT").toString()));
        expect(404, anonymous().get(API + "plans/" + id));
        expect(404, memberEditor(SHANGHAI).get(API + "plans/" + id));
        expect(200, memberEditor(UB).get(API + "plans/" + id));
        expect(200, secretariat().get(API + "plans/" + id));
        assertFalse(expect(200, anonymous().get(API + "plans?limit=200&q=" + id)).body().contains(id), "no draft in the public list");
        assertTrue(expect(200, memberEditor(UB).get(API + "plans?limit=200&q=" + id)).body().contains(id), "the member lists its draft");
        assertTrue(expect(200, secretariat().get(API + "plans?limit=200&q=" + id)).body().contains(id), "the secretariat lists it");
    }

    @Test
    void publishedPlanIsPublic() {
        String id = unique("ub-published");
        PublishedPlans.publish(anonymous(), plan(id, unique("ub-public"), "DRAFT"));
        expect(200, anonymous().get(API + "plans/" + id));
    }

    @Test
    void emailIsHiddenFromThePublic() {
        String id = unique("private-email");
        expect(201, secretariat().post(API + "persons", with(load("person"), "id", id, "title", text("en", "Officer")).toString()));
        assertFalse(record(anonymous().get(API + "persons/" + id)).containsKey("email"));
        assertEquals("kim.test@example.org", record(secretariat().get(API + "persons/" + id)).getString("email"));
    }

    @Test
    void searchCannotProbeForAnEmailAddress() {
        String id = unique("probed-email");
        expect(201, secretariat().post(API + "persons", with(load("person"), "id", id, "email", id + "@example.org").toString()));
        assertFalse(expect(200, anonymous().get(API + "persons?limit=200&q=" + id + "@example")).body().contains(id));
        assertTrue(expect(200, anonymous().get(API + "persons?limit=200&q=" + id)).body().contains(id), "the person is found by name or id");
    }
}
