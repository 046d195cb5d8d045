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

    /** Drafts, submits and publishes the plan, whatever status the template carries; returns the published response. */
    static HttpResponse<String> publish(Http anonymous, JsonObject plan) {
        String member = plan.getString("member");
        String id = plan.getString("id");
        Http editor = anonymous.as("member-editor:" + member);
        Http secretariat = anonymous.as("secretariat");
        String path = ServerIT.API + "plans/" + id;
        check(201, editor.post(ServerIT.API + "plans", Records.with(plan, "status", "DRAFT").toString()));
        check(200, editor.post(path + "/submit", ""));
        return check(200, secretariat.post(path + "/publish", ""));
    }

    private static HttpResponse<String> check(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        return response;
    }
}
