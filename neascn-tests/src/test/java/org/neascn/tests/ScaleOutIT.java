package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the reference server on one PostgreSQL database, as an operator runs them
 * behind a load balancer (README, "Scale-out"). Both are started together on an empty database:
 * one migrates the schema and loads the reference data, the other waits for it and finds it done,
 * and both become ready. Then what one acknowledges, the other serves at once: by id, in lists
 * and in {@code q} search and timelines; and writers on both, with {@code If-Match}, lose no update.
 *
 * <p>Not "within a second" by a timed wait: no instance keeps rows in a cache of its own (the
 * persistence unit shares none between transactions), so the very next read on the other
 * instance, right after the 201 or 200, must already be the new version. The one exception is
 * the overlap analysis, which each instance keeps in memory and updates when PostgreSQL notifies
 * it of another instance's commit: that test waits for it, up to a deadline, and prints the lag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    /** Server names of their own (no other build's name contains them or is contained), ports in this suite's block. */
    private static final String FIRST = System.getProperty("neascn.peer.first", "kauri");
    private static final String SECOND = System.getProperty("neascn.peer.second", "totara");
    private static final int FIRST_PORT = Integer.getInteger("neascn.peer.port", 22100);
    private static final String API = "api/v1/networks/neascn/";
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private TestDatabase database;
    private PeerServer a;
    private PeerServer b;
    private Http onA;
    private Http onB;

    @BeforeAll
    void startBothTogetherOnAnEmptyDatabase() {
        database = TestDatabase.createEmpty(System.getProperty("neascn.peer.database", "integb_scale"));
        a = PeerServer.launch(FIRST, FIRST_PORT, database);
        b = PeerServer.launch(SECOND, FIRST_PORT + 10, database);
        CompletableFuture<PeerServer> readyA = CompletableFuture.supplyAsync(a::awaitReady);
        CompletableFuture<PeerServer> readyB = CompletableFuture.supplyAsync(b::awaitReady);
        readyA.join();
        readyB.join();
        onA = new Http(a.url()).as("secretariat");
        onB = new Http(b.url()).as("secretariat");
    }

    @AfterAll
    void stop() {
        for (PeerServer server : new PeerServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void bothInstancesStartedTogetherAreReadyAndAlive() {
        assertEquals(200, a.status("health/ready"), a::messages);
        assertEquals(200, b.status("health/ready"), b::messages);
        assertEquals(200, a.status("health/live"));
        assertEquals(200, b.status("health/live"));
        assertEquals(List.of(), database.rows("SELECT version, COUNT(*) FROM flyway_schema_history"
                + " GROUP BY version HAVING COUNT(*) > 1 OR NOT bool_and(success)"), "every migration applied once");
        assertEquals(List.of(), database.rows("SELECT name FROM reference_loads GROUP BY name HAVING COUNT(*) > 1"),
                "every reference data set loaded once");
        assertTrue(database.rows("SELECT name FROM reference_loads").size() >= 2, "the reference data was loaded");
        assertEquals(total(onA, "partners"), total(onB, "partners"));
    }

    @Test
    @Order(2)
    void aCreateOnOneIsServedByTheOtherByIdInListsAndInSearch() {
        String id = "scale-" + RUN;
        String word = "kauriword" + RUN;
        JsonObject meeting = Records.with(Records.load("meeting"), "id", id,
                "title", Records.text("en", "Scale-out " + word));
        long listedBefore = total(onB, "meetings");
        assertEquals(201, onA.post(API + "meetings", meeting.toString()).statusCode());

        HttpResponse<String> byId = onB.get(API + "meetings/" + id);
        assertEquals(200, byId.statusCode(), byId::body);
        assertEquals("\"1\"", byId.headers().firstValue("ETag").orElse(""));
        assertEquals(List.of(id), ids(onB.get(API + "meetings?q=" + word)));
        assertEquals(listedBefore + 1, total(onB, "meetings"), "B's list counts the new meeting");
    }

    @Test
    @Order(3)
    void anUpdateOnOneIsServedByTheOtherAndItsETagAcceptedThere() {
        String id = "scale-upd-" + RUN;
        String before = "beforeword" + RUN;
        String after = "afterword" + RUN;
        assertEquals(201, onA.post(API + "meetings", Records.with(Records.load("meeting"), "id", id,
                "title", Records.text("en", "Version one " + before)).toString()).statusCode());
        // B reads version 1 (and may have parsed it), then A changes it.
        assertEquals(200, onB.get(API + "meetings/" + id).statusCode());
        HttpResponse<String> read = onA.get(API + "meetings/" + id);
        JsonObject changed = Records.with(Http.object(read).getJsonObject("record"), "title",
                Records.text("en", "Version two " + after));
        HttpResponse<String> written = onA.put(API + "meetings/" + id, changed.toString(), "If-Match", "\"1\"");
        assertEquals(200, written.statusCode(), written::body);

        HttpResponse<String> onOther = onB.get(API + "meetings/" + id);
        assertEquals("\"2\"", onOther.headers().firstValue("ETag").orElse(""), "B serves A's version");
        assertTrue(onOther.body().contains("Version two"), onOther::body);
        assertEquals(List.of(id), ids(onB.get(API + "meetings?q=" + after)), "B's search finds the new words");
        assertEquals(List.of(), ids(onB.get(API + "meetings?q=" + before)), "and no longer the old ones");

        // B accepts A's current ETag (no false 412) and refuses the stale one.
        JsonObject third = Records.with(changed, "title", Records.text("en", "Version three"));
        assertEquals(412, onB.put(API + "meetings/" + id, third.toString(), "If-Match", "\"1\"").statusCode());
        assertEquals(200, onB.put(API + "meetings/" + id, third.toString(), "If-Match", "\"2\"").statusCode());
        assertEquals("\"3\"", onA.get(API + "meetings/" + id).headers().firstValue("ETag").orElse(""));
    }

    @Test
    @Order(4)
    void aPlanWrittenOnOneIsOnTheOthersTimelineAndItsOverlapAnalysisFollows() {
        String seoul = "scale-seoul-" + RUN;
        String busan = "scale-busan-" + RUN;
        String seoulPlan = "scale-seoul-air-" + RUN;
        String busanDraft = "scale-busan-draft-" + RUN;
        String marker = "scale" + RUN;
        assertEquals(201, onA.post(API + "members", Analyses.member(seoul, "KR", "ko", "서울").toString()).statusCode());
        assertEquals(201, onA.post(API + "members", Analyses.member(busan, "KR", "ko", "부산").toString()).statusCode());
        PublishedPlans.publish(new Http(a.url()), LivePlans.airQuality(seoulPlan, seoul, "PUBLISHED", marker));
        Http busanOnA = new Http(a.url()).as("member-editor:" + busan);
        HttpResponse<String> draft = busanOnA.post(API + "plans", LivePlans.eGovernment(busanDraft, busan, "DRAFT").toString());
        assertEquals(201, draft.statusCode(), draft::body);

        // The timeline is read from the audit trail, in the database: B's next read has A's write.
        HttpResponse<String> timeline = onB.get(API + "members/" + busan + "/timeline");
        assertTrue(timeline.body().contains("scap.create") && timeline.body().contains(busanDraft), timeline::body);
        int entries = Http.object(timeline).getJsonArray("entries").size();

        // A revises the draft to read as the Seoul plan: the closest plan of all. B's analysis hears
        // of it through PostgreSQL LISTEN/NOTIFY, after A's commit, so B's reads may lag by the
        // notification's trip; bounded here by a deadline, the lag printed.
        HttpResponse<String> revised = busanOnA.put(API + "plans/" + busanDraft,
                LivePlans.airQuality(busanDraft, busan, "DRAFT", marker).toString(),
                "If-Match", draft.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, revised.statusCode(), revised::body);
        long acknowledged = System.nanoTime();
        List<String> closest = List.of();
        int reads = 0;
        while (System.nanoTime() - acknowledged < TimeUnit.SECONDS.toNanos(10)) {
            reads++;
            closest = LivePlans.planBs(Http.object(onB.get(API + "overlaps?plan=" + seoulPlan)));
            if (!closest.isEmpty() && closest.get(0).equals(busanDraft)) {
                break;
            }
            pause(20);
        }
        System.out.printf("ScaleOutIT: B's overlap analysis showed A's plan revision %d ms after A's 200 (%d reads)%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - acknowledged), reads);
        assertEquals(busanDraft, closest.isEmpty() ? null : closest.get(0), "B's closest plan to " + seoulPlan + ": " + closest);
        HttpResponse<String> after = onB.get(API + "members/" + busan + "/timeline");
        assertEquals(entries + 1, Http.object(after).getJsonArray("entries").size(), "B's timeline has the revision: " + after.body());
    }

    @Test
    @Order(5)
    void writersOnBothInstancesLoseNoUpdate() throws Exception {
        // The test: 16 writers × 10 updates of one record, 20 times, here over both instances.
        ConcurrentWriters writers = new ConcurrentWriters(List.of(onA, onB), ConcurrentWritersIT.WRITERS, ConcurrentWritersIT.UPDATES_EACH);
        for (int round = 0; round < ConcurrentWritersIT.ROUNDS; round++) {
            writers.assertClean(writers.on(API + "meetings", "scale-writers-" + round + "-" + RUN));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> ids(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page::body);
        return Http.object(page).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonObject("record").getString("id")).toList();
    }

    private static long total(Http http, String collection) {
        HttpResponse<String> page = http.get(API + collection + "?limit=1");
        assertEquals(200, page.statusCode(), page::body);
        return Http.object(page).getJsonNumber("total").longValue();
    }
}
