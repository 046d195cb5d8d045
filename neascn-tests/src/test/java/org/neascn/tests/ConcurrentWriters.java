package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Writers that each make a number of read-modify-write updates of one meeting with
 * {@code If-Match}, retrying after a 412, as careful clients do. Every update adds one guiding
 * question with the writer's own code, so the record itself tells what happened to every
 * acknowledged update: a body at version v holds exactly v - 1 questions (anything else is a
 * torn read: a body that is not the version its ETag names), and the final record holds the
 * question of every acknowledged update (one missing is a lost update).
 */
final class ConcurrentWriters {

    private final List<Http> servers;
    private final int writers;
    private final int updatesEach;

    /** Writers spread over the given servers (one or several instances on one database), as the secretariat. */
    ConcurrentWriters(List<Http> servers, int writers, int updatesEach) {
        this.servers = servers;
        this.writers = writers;
        this.updatesEach = updatesEach;
    }

    /** What one round of writers did to one record. */
    record Round(int acknowledged, int refused, Set<String> lost, List<String> torn, long finalVersion) {
    }

    /** Creates a meeting at {@code collection}/{@code id} and lets the writers loose on it. */
    Round on(String collection, String id) throws Exception {
        String path = collection + "/" + id;
        expect(201, servers.get(0).post(collection,
                Records.with(Records.load("meeting"), "id", id).toString()));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> torn = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] refused = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Http http = servers.get(w % servers.size());
                done.add(pool.submit(() -> {
                    for (int n = 0; n < updatesEach; n++) {
                        String code = "w" + writer + "-" + n;
                        for (int refusedInARow = 0;; refusedInARow++) {
                            HttpResponse<String> read = http.get(path);
                            expect(200, read);
                            check(read, torn, null);
                            JsonObject changed = withQuestion(Http.object(read).getJsonObject("record"), code);
                            HttpResponse<String> written = http.put(path, changed.toString(), "If-Match",
                                    read.headers().firstValue("ETag").orElseThrow());
                            if (written.statusCode() == 200) {
                                check(written, torn, code);
                                acknowledged.add(code);
                                break;
                            }
                            expect(412, written);
                            synchronized (refused) {
                                refused[0]++;
                            }
                            // A careful client backs off before it reads again, longer each time (up
                            // to 64 ms) and at random, so that sixteen of them do not collide forever.
                            Thread.sleep(ThreadLocalRandom.current().nextInt(2 << Math.min(refusedInARow, 5)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> lost = new HashSet<>(acknowledged);
        long finalVersion = 0;
        for (Http http : servers) {
            HttpResponse<String> last = expect(200, http.get(path));
            check(last, torn, null);
            Set<String> present = codes(Http.object(last).getJsonObject("record"));
            lost.removeAll(present);
            finalVersion = Http.object(last).getJsonNumber("version").longValue();
        }
        return new Round(acknowledged.size(), refused[0], lost, torn, finalVersion);
    }

    /** Asserts what every round must show: every update acknowledged, none lost, no body torn from its ETag. */
    void assertClean(Round round) {
        assertEquals(List.of(), round.torn(), "torn reads");
        assertEquals(Set.of(), round.lost(), "lost updates");
        assertEquals(writers * updatesEach, round.acknowledged());
        assertEquals(1L + writers * updatesEach, round.finalVersion(), "one version per acknowledged update");
    }

    /** A body must be the version its ETag names: v - 1 distinct questions at version v, and the writer's own after its write. */
    private static void check(HttpResponse<String> response, List<String> torn, String ownCode) {
        JsonObject view = Http.object(response);
        long version = view.getJsonNumber("version").longValue();
        String etag = response.headers().firstValue("ETag").orElse("");
        JsonArray questions = view.getJsonObject("record").getJsonArray("questions");
        int count = questions == null ? 0 : questions.size();
        Set<String> codes = codes(view.getJsonObject("record"));
        if (!etag.equals("\"" + version + "\"") || count != version - 1 || codes.size() != count
                || (ownCode != null && !codes.contains(ownCode))) {
            torn.add("ETag " + etag + ", version " + version + ", " + count + " questions" + (ownCode == null ? ""
                    : ", own " + ownCode + (codes.contains(ownCode) ? " present" : " missing")));
        }
    }

    private static Set<String> codes(JsonObject record) {
        Set<String> codes = new HashSet<>();
        JsonArray questions = record.getJsonArray("questions");
        if (questions != null) {
            questions.forEach(q -> codes.add(q.asJsonObject().getString("code")));
        }
        return codes;
    }

    private static JsonObject withQuestion(JsonObject record, String code) {
        var questions = Json.createArrayBuilder();
        JsonArray existing = record.getJsonArray("questions");
        if (existing != null) {
            existing.forEach(questions::add);
        }
        questions.add(Json.createObjectBuilder().add("code", code).add("text", Records.text("en", "Question " + code)));
        return Records.with(record, "questions", (JsonValue) questions.build());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        return response;
    }
}
