package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * A plan becomes public the only way there is: its member's editor drafts and submits it, the
 * secretariat publishes it. Tests that need a published plan go that way, not by writing its
 * status (the server refuses that).
 */
final class PublishedPlans {

    private PublishedPlans() {
    }

    /** Registers its member if need be, drafts, submits and publishes the plan, whatever status the template carries; returns the published response. */
    static HttpResponse<String> publish(Http anonymous, JsonObject plan) {
        String member = plan.getString("member");
        String id = plan.getString("id");
        Http editor = anonymous.as("member-editor:" + member);
        Http secretariat = anonymous.as("secretariat");
        String path = ServerIT.API + "plans/" + id;
        // Only a registered member's editor writes (the references are checked on write).
        if (secretariat.get(ServerIT.API + "members/" + member).statusCode() == 404) {
            check(201, secretariat.post(ServerIT.API + "members", Records.with(Records.load("member"), "id", member).toString()));
        }
        check(201, editor.post(ServerIT.API + "plans", Records.with(plan, "status", "DRAFT").toString()));
        check(200, editor.post(path + "/submit", ""));
        return check(200, secretariat.post(path + "/publish", ""));
    }

    private static HttpResponse<String> check(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        return response;
    }
}
