package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record names only what its network has: members, partners and plans of its registers (a
 * project's plan being its own member's) and codes of the network's vocabularies. A refusal is a
 * 422 naming every path at once, and nothing is stored.
 */
class ReferencesIT extends ServerIT {

    private static final String UB = "ulaanbaatar";
    private static final String SHANGHAI = "shanghai";

    /** The paths the 422 names, after asserting that nothing of that id was stored. */
    private List<String> refusedPaths(HttpResponse<String> response, String collection, String id) {
        expect(422, response);
        JsonObject problem = Http.object(response);
        assertEquals("urn:neascn:problem:validation", problem.getString("type"));
        expect(404, secretariat().get(API + collection + "/" + id));
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static JsonObject plan(String id, String member) {
        return with(load("plan"), "id", id, "member", member, "status", "DRAFT", "projects", strings());
    }

    private static JsonObject project(String id, String member, String plan) {
        return with(load("project"), "id", id, "member", member, "plan", plan);
    }

    @Test
    void aProjectOfAMemberTheRegisterLacksIsRefused() {
        String id = unique("ref-ghost-project");
        assertEquals(List.of("member"), refusedPaths(secretariat().post(API + "projects",
                project(id, unique("ghost"), null).toString()), "projects", id));
    }

    @Test
    void aProjectOfAPlanThatDoesNotExistIsRefused() {
        String id = unique("ref-no-plan");
        assertEquals(List.of("plan"), refusedPaths(secretariat().post(API + "projects",
                project(id, UB, unique("no-such-plan")).toString()), "projects", id));
    }

    @Test
    void aProjectMayBelongOnlyToAPlanOfItsOwnMember() {
        String shanghaiPlan = unique("ref-shanghai-plan");
        expect(201, secretariat().post(API + "plans", plan(shanghaiPlan, SHANGHAI).toString()));
        String id = unique("ref-other-plan");
        assertEquals(List.of("plan"), refusedPaths(secretariat().post(API + "projects",
                project(id, UB, shanghaiPlan).toString()), "projects", id));
        String own = unique("ref-own-plan");
        expect(201, secretariat().post(API + "projects", project(own, SHANGHAI, shanghaiPlan).toString()));
    }

    @Test
    void everyUnknownCodeOfAPlanIsNamedAtOnce() {
        String id = unique("ref-bad-codes");
        String body = plan(id, UB).toString()
                .replace("quality-environment", "quality-enviroment")
                .replace("\"11.6\"", "\"11.99\"")
                .replace("U4SSC-EN-EN-AQ-1C", "U4SSC-NO-SUCH-1");
        List<String> paths = refusedPaths(secretariat().post(API + "plans", body), "plans", id);
        assertTrue(paths.containsAll(List.of("focusAreas[0]", "targets[0].focusAreas[0]", "targets[0].sdgTargets[0]",
                "targets[0].indicators[0].catalogueCode")), paths.toString());
    }

    @Test
    void aChallengeOutsideTheTaxonomyIsRefused() {
        String id = unique("ref-challenge");
        String body = project(id, UB, null).toString().replace("\"no-revenue-model\"", "\"too-much-money\"");
        assertEquals(List.of("challenges[0].category"), refusedPaths(secretariat().post(API + "projects", body), "projects", id));
    }

    @Test
    void aPersonOfAnUnknownOrganisationIsRefused() {
        String id = unique("ref-person");
        JsonObject organisation = Json.createObjectBuilder().add("kind", "PARTNER").add("id", unique("nobody")).build();
        assertEquals(List.of("organisation.id"), refusedPaths(secretariat().post(API + "persons",
                with(load("person"), "id", id, "organisation", organisation).toString()), "persons", id));
    }

    @Test
    void anInitiativeNamesOnlyRegisteredMembersAndPartners() {
        String id = unique("ref-initiative");
        JsonValue partners = Json.createArrayBuilder().add(Json.createObjectBuilder().add("partner", unique("nobody"))
                .add("role", "FUNDING")).build();
        List<String> paths = refusedPaths(secretariat().post(API + "initiatives", with(load("initiative"), "id", id,
                "members", strings(UB, unique("ghost")), "partners", partners).toString()), "initiatives", id);
        assertTrue(paths.containsAll(List.of("partners[0].partner")) && paths.stream().anyMatch(p -> p.startsWith("members[")),
                paths.toString());
    }

    @Test
    void aCommandMayNotAddAMemberTheRegisterLacks() {
        String id = unique("ref-join");
        expect(201, secretariat().post(API + "initiatives", with(load("initiative"), "id", id, "status", "PROPOSED",
                "sanctionsExemptions", Json.createArrayBuilder().build()).toString()));
        String ghost = unique("ghost-joiner");
        HttpResponse<String> response = memberEditor(ghost).post(API + "initiatives/" + id + "/members",
                "{\"member\":\"" + ghost + "\"}");
        expect(422, response);
        assertTrue(Http.object(response).getJsonArray("errors").getJsonObject(0).getString("field").startsWith("members["),
                response.body());
        assertTrue(!record(expect(200, secretariat().get(API + "initiatives/" + id))).toString().contains(ghost));
    }

    @Test
    void anEditorBoundToAnUnregisteredMemberWritesNothing() {
        String ghost = unique("ghost-city");
        String id = unique("ref-ghost-plan");
        HttpResponse<String> response = memberEditor(ghost).post(API + "plans", plan(id, ghost).toString());
        expect(403, response);
        expect(404, secretariat().get(API + "plans/" + id));
    }

    @Test
    void aRecordWhoseReferencesAllHoldIsStored() {
        String ubPlan = unique("ref-ub-plan");
        expect(201, memberEditor(UB).post(API + "plans", plan(ubPlan, UB).toString()));
        String id = unique("ref-ub-project");
        expect(201, memberEditor(UB).post(API + "projects", project(id, UB, ubPlan).toString()));
        expect(200, secretariat().get(API + "projects/" + id));
    }
}
