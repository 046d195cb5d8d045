package org.neascn.tests;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * A server reports ready only once its overlap analyses are warm, which it builds in the
 * background after start: tests that look at readiness wait for it (bounded) rather than race it.
 */
final class Readiness {

    private Readiness() {
    }

    /** The readiness answer once it is 200, or the last answer after two minutes. */
    static HttpResponse<String> await(Http http) {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        HttpResponse<String> response = http.get("health/ready");
        while (response.statusCode() != 200 && System.nanoTime() < end) {
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
}
