package org.neascn.tests;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * A server is ready once it can serve; its overlap analyses are built in the background after
 * that, and readiness says in its data when they are warm. Tests that look at readiness wait
 * (bounded) for both, rather than race the analyses' first build.
 */
final class Readiness {

    private Readiness() {
    }

    /** The readiness answer once it is 200 with the analyses warm, or the last answer after two minutes. */
    static HttpResponse<String> await(Http http) {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        HttpResponse<String> response = http.get("health/ready");
        while (!readyAndWarm(response) && System.nanoTime() < end) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            response = http.get("health/ready");
        }
        return response;
    }

    private static boolean readyAndWarm(HttpResponse<String> response) {
        return response.statusCode() == 200 && Http.object(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("overlap analysis"))
                .allMatch(c -> c.getJsonObject("data").getBoolean("warm", false));
    }
}
