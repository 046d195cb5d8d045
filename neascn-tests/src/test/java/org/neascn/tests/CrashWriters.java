package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writers that create meetings as fast as one server lets them, and change every other one once
 * with {@code If-Match}, while the server is killed or stopped under them. Each writer remembers
 * what the server acknowledged (the record and version a 201 or 200 answered with) and what it
 * sent without an answer (in flight when the server went: it may or may not have been committed).
 * A writer ends at the first request that finds no server.
 *
 * <p>{@link #assertDurable} then reads everything back from the restarted server: every
 * acknowledged record at its acknowledged version with the acknowledged body, or at the next
 * version only if that change was in flight (committed, its answer lost); an unacknowledged
 * create either absent or whole; and the list agreeing with the reads by id.
 */
final class CrashWriters {

    private static final String MEETINGS = "api/v1/networks/neascn/meetings";

    /** What the server acknowledged of one record: the version its answer named and the record it returned. */
    record Acknowledged(long version, JsonObject record) {
    }

    private final String prefix;
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    /** Creates sent and not (yet) acknowledged, by id: the body sent. */
    private final Map<String, JsonObject> createsInFlight = new ConcurrentHashMap<>();
    /** Updates sent and not acknowledged, by id: the body sent. */
    private final Map<String, JsonObject> updatesInFlight = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedUpdates = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService pool;

    /** Writers of records whose ids start with {@code prefix} (unique per run). */
    CrashWriters(String prefix) {
        this.prefix = prefix;
    }

    /** Lets {@code writers} threads loose on the server; returns at once. */
    void start(Http http, int writers, String round) {
        running.set(true);
        pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            String writer = prefix + "-" + round + "-w" + w;
            pool.submit(() -> write(http, writer));
        }
    }

    /** Waits (bounded) until the writers have had at least {@code count} creates acknowledged in all. */
    void awaitAcknowledged(int count, long maxSeconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (acknowledged.size() < count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    /** Ends the writers (those the server's end did not end already) and waits for them. */
    void finish() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "the writers did not end");
    }

    int acknowledgedCreates() {
        return acknowledged.size();
    }

    int acknowledgedUpdates() {
        return acknowledgedUpdates.get();
    }

    int inFlight() {
        return createsInFlight.size() + updatesInFlight.size();
    }

    private void write(Http http, String writer) {
        try {
            for (int n = 0; running.get(); n++) {
                String id = writer + "-" + n;
                JsonObject sent = Records.with(Records.load("meeting"), "id", id,
                        "title", Records.text("en", "Durability " + id));
                createsInFlight.put(id, sent);
                HttpResponse<String> created = http.post(MEETINGS, sent.toString());
                if (created.statusCode() != 201) {
                    continue; // refused while stopping, say: not acknowledged, may be checked as in flight
                }
                JsonObject view = Http.object(created);
                acknowledged.put(id, new Acknowledged(view.getJsonNumber("version").longValue(), view.getJsonObject("record")));
                createsInFlight.remove(id);
                if (n % 2 == 0) {
                    update(http, id, view.getJsonObject("record"));
                }
            }
        } catch (UncheckedIOException serverGone) {
            // The server was killed or stopped: this writer's work is over.
        }
    }

    private void update(Http http, String id, JsonObject record) {
        JsonObject changed = Records.with(record, "title", Records.text("en", "Durability changed " + id));
        updatesInFlight.put(id, changed);
        HttpResponse<String> updated = http.put(MEETINGS + "/" + id, changed.toString(), "If-Match", "\"1\"");
        if (updated.statusCode() == 200) {
            JsonObject view = Http.object(updated);
            acknowledged.put(id, new Acknowledged(view.getJsonNumber("version").longValue(), view.getJsonObject("record")));
            updatesInFlight.remove(id);
            acknowledgedUpdates.incrementAndGet();
        }
    }

    /**
     * Everything acknowledged is served as acknowledged; nothing is half-written. Returns how many
     * unacknowledged creates the server had committed after all (for the report).
     */
    int assertDurable(Http http) {
        Map<String, HttpResponse<String>> read = new HashMap<>();
        Set<String> served = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        Set<String> ids = new TreeSet<>(acknowledged.keySet());
        ids.addAll(createsInFlight.keySet());
        for (String id : ids) {
            HttpResponse<String> response = http.get(MEETINGS + "/" + id);
            read.put(id, response);
            Optional<Acknowledged> ack = Optional.ofNullable(acknowledged.get(id));
            if (response.statusCode() == 404 && ack.isEmpty()) {
                continue; // a create in flight that was not committed: nothing of it, as it should be
            }
            if (response.statusCode() != 200) {
                wrong.add(id + ": " + response.statusCode() + (ack.isPresent() ? " though acknowledged" : "") + " " + response.body());
                continue;
            }
            served.add(id);
            JsonObject view = Http.object(response);
            long version = view.getJsonNumber("version").longValue();
            JsonObject record = view.getJsonObject("record");
            if (!("\"" + version + "\"").equals(response.headers().firstValue("ETag").orElse(""))) {
                wrong.add(id + ": ETag " + response.headers().firstValue("ETag") + " for version " + version);
            }
            wrong.addAll(check(id, ack, version, record));
        }
        assertEquals(List.of(), wrong, "records lost or half-written after the restart");
        assertListAgrees(http, read, served);
        return served.size() - acknowledged.size();
    }

    /** What is wrong with one record as served, given what was acknowledged and what was in flight. */
    private List<String> check(String id, Optional<Acknowledged> ack, long version, JsonObject record) {
        JsonObject inFlight = updatesInFlight.get(id);
        if (ack.isPresent() && version == ack.get().version()) {
            return ack.get().record().equals(record) ? List.of()
                    : List.of(id + ": version " + version + " is not the body acknowledged: " + record);
        }
        if (ack.isPresent() && version == ack.get().version() + 1 && inFlight != null) {
            // The change was committed but its 200 never arrived: the body must be the whole change.
            return Records.with(ack.get().record(), "title", inFlight.get("title")).equals(record) ? List.of()
                    : List.of(id + ": version " + version + " is not the change in flight: " + record);
        }
        if (ack.isEmpty()) {
            JsonObject sent = createsInFlight.get(id);
            // A create committed without its 201 (no change was sent for it): version 1, its own words.
            return version == 1 && record.getString("id").equals(id) && record.getJsonObject("title").equals(sent.getJsonObject("title"))
                    ? List.of() : List.of(id + ": an unacknowledged create served as version " + version + ": " + record);
        }
        return List.of(id + ": version " + version + " where " + ack.get().version() + " was acknowledged: " + record);
    }

    /** Every record of these writers in the list, and only those, at the version and body read by id. */
    private void assertListAgrees(Http http, Map<String, HttpResponse<String>> read, Set<String> served) {
        Set<String> listed = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            HttpResponse<String> page = http.get(MEETINGS + "?limit=200&sort=id&offset=" + offset);
            assertEquals(200, page.statusCode(), page::body);
            List<JsonObject> items = Http.object(page).getJsonArray("items").getValuesAs(JsonObject.class);
            for (JsonObject item : items) {
                String id = item.getJsonObject("record").getString("id");
                if (!id.startsWith(prefix + "-")) {
                    continue;
                }
                listed.add(id);
                HttpResponse<String> byId = read.get(id);
                JsonObject view = byId == null || byId.statusCode() != 200 ? null : Http.object(byId);
                if (view == null || view.getJsonNumber("version").longValue() != item.getJsonNumber("version").longValue()
                        || !view.getJsonObject("record").equals(item.getJsonObject("record"))) {
                    wrong.add(id + ": listed as " + item + " but read by id as " + (byId == null ? "never written" : byId.body()));
                }
            }
            if (items.size() < 200) {
                break;
            }
        }
        assertEquals(List.of(), wrong, "the list disagrees with the reads by id");
        assertEquals(served, listed, "the list holds exactly the records served by id");
    }
}
