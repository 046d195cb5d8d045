package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database drops every connection under a running server, three times over. The server
 * answers each request with what it did or, when it cannot, a 503 {@code application/problem+json}
 * with {@code Retry-After}: never a 500, never a "duplicate" 409 for a record that exists; and it
 * recovers without a restart.
 *
 * <p>A server of its own on a database of its own, so that the faults disturb no other test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsIT {

    private static final String NAME = System.getProperty("neascn.faults.server", "rimu");
    private static final int PORT = Integer.getInteger("neascn.faults.port", 22120);
    private static final String API = "api/v1/networks/neascn/";
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final Set<String> UNAVAILABLE = Set.of("urn:neascn:problem:database-unavailable",
            "urn:neascn:problem:outcome-unknown");
    /** Requests tried after a fault until one succeeds: each failure must be a proper 503, so this bounds count, not time. */
    private static final int ATTEMPTS = 40;

    private TestDatabase database;
    private PeerServer server;
    private Http http;

    @BeforeAll
    void start() {
        database = TestDatabase.createEmpty(System.getProperty("neascn.faults.database", "integb_faults"));
        server = PeerServer.launch(NAME, PORT, database).awaitReady();
        http = new Http(server.url()).as("secretariat");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void droppedConnectionsCostAtMostA503AndTheServerRecovers() {
        String id = created("dropped");
        for (int round = 0; round < 3; round++) {
            database.dropConnections();
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> read = untilServed(() -> http.get(API + "meetings/" + id), statuses);
            assertEquals(200, read.statusCode(), read::body);
            database.dropConnections();
            String etag = read.headers().firstValue("ETag").orElseThrow();
            JsonObject changed = Records.with(Http.object(read).getJsonObject("record"), "title",
                    Records.text("en", "After drop " + round));
            HttpResponse<String> written = untilServed(
                    () -> http.put(API + "meetings/" + id, changed.toString(), "If-Match", etag), statuses);
            // A retried PUT whose first try was committed after all finds its own version: 412 then.
            assertTrue(Set.of(200, 412).contains(written.statusCode()), written::body);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 412 || s == 503), () -> "statuses " + statuses);
        }
        assertEquals(200, server.status("health/ready"), server::messages);
    }

    private String created(String prefix) {
        String id = prefix + "-" + RUN;
        HttpResponse<String> created = http.post(API + "meetings", meeting(id).toString());
        assertEquals(201, created.statusCode(), created::body);
        return id;
    }

    private static JsonObject meeting(String id) {
        return Records.with(Records.load("meeting"), "id", id);
    }

    /** A 503 problem+json of the database's kind, with Retry-After, and nothing else. */
    private static void unavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(UNAVAILABLE.contains(Http.object(response).getString("type")), response::body);
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
    }

    /**
     * Sends the request until the server serves it (any status but 503), pausing as Retry-After
     * asks; every 503 on the way must be the database's problem+json. Bounded by attempts, not time.
     */
    private static HttpResponse<String> untilServed(Supplier<HttpResponse<String>> request, List<Integer> statuses) {
        for (int i = 0; i < ATTEMPTS; i++) {
            HttpResponse<String> response = request.get();
            statuses.add(response.statusCode());
            if (response.statusCode() != 503) {
                return response;
            }
            unavailable(response);
            pause();
        }
        throw new AssertionError("not served again after " + ATTEMPTS + " attempts: " + statuses);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
