package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Optimistic locking through ETag and If-Match: no update is ever lost. */
class VersionIT extends ServerIT {

    private String createdMeeting(String id) {
        expect(201, secretariat().post(API + "meetings", with(load("meeting"), "id", id).toString()));
        return API + "meetings/" + id;
    }

    @Test
    void secondOfTwoWritersWithTheSameVersionGetsPreconditionFailed() {
        String path = createdMeeting(unique("two-writers"));
        HttpResponse<String> first = secretariat().get(path);
        HttpResponse<String> second = secretariat().get(path);

        expect(200, secretariat().put(path, with(record(first), "title", text("en", "First writer")).toString(), "If-Match", etag(first)));
        HttpResponse<String> stale = expect(412, secretariat().put(path,
                with(record(second), "title", text("en", "Second writer")).toString(), "If-Match", etag(second)));

        assertEquals("urn:neascn:problem:stale-version", Http.object(stale).getString("type"));
        assertEquals("First writer", record(secretariat().get(path)).getJsonObject("title").getJsonObject("texts").getString("en"));
    }

    @Test
    void concurrentWritersWithTheSameVersionLetExactlyOneSucceed() throws Exception {
        String path = createdMeeting(unique("race"));
        HttpResponse<String> read = secretariat().get(path);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 4; i++) {
                String body = with(record(read), "title", text("en", "Writer " + i)).toString();
                results.add(pool.submit(() -> secretariat().put(path, body, "If-Match", etag(read))));
            }
            long succeeded = 0;
            for (var result : results) {
                int status = result.get().statusCode();
                assertEquals(true, status == 200 || status == 412, "only success or precondition failed, was " + status);
                succeeded += status == 200 ? 1 : 0;
            }
            assertEquals(1, succeeded);
            assertEquals("\"2\"", etag(secretariat().get(path)));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void changeWithoutIfMatchIsPreconditionRequired() {
        String path = createdMeeting(unique("no-if-match"));
        HttpResponse<String> missing = expect(428, secretariat().put(path, record(secretariat().get(path)).toString()));
        assertEquals("urn:neascn:problem:version-required", Http.object(missing).getString("type"));
    }

    @Test
    void removalWithAStaleVersionIsPreconditionFailed() {
        String path = createdMeeting(unique("stale-delete"));
        HttpResponse<String> read = secretariat().get(path);
        expect(200, secretariat().put(path, with(record(read), "title", text("en", "Renamed")).toString(), "If-Match", etag(read)));
        expect(412, secretariat().delete(path, "If-Match", etag(read)));
        expect(200, secretariat().get(path));
    }

    @Test
    void readWithTheCurrentEtagIsNotModified() {
        String path = createdMeeting(unique("not-modified"));
        HttpResponse<String> read = secretariat().get(path);
        HttpResponse<String> again = expect(304, secretariat().get(path, "If-None-Match", etag(read)));
        assertEquals("", again.body());
    }
}
