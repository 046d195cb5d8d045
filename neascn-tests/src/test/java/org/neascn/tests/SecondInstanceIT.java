package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.LivePlans.planBs;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database: a write committed on either is in the other's next
 * overlap reads once the database has delivered its notification (LISTEN/NOTIFY, within a
 * second), without a rebuild and without waiting for any cache to lapse. Runs in the PostgreSQL
 * pass only (the embedded database serves one server process).
 */
class SecondInstanceIT extends ServerIT {

    /** Bootstrap-property names and ports of ovlb's block, apart from the suite's own. */
    private static final String NAME = "baobab";
    private static final int HTTP_PORT = 27180;
    private static final int HTTPS_PORT = 27143;
    /** How long a notification may take on a machine shared with other builds; it normally takes well under a second. */
    private static final long PROPAGATION_SECONDS = 60;

    private static SecondServer second;

    /** An anonymous client of the second server, started on first use. */
    private synchronized Http second() {
        Assumptions.assumeTrue(SecondServer.suiteBootstrap().getProperty("neascn.db.url", "").startsWith("jdbc:postgresql:"),
                "two servers share a database only on PostgreSQL (run with -Ppostgresql)");
        if (second == null) {
            second = SecondServer.start(NAME, HTTP_PORT, HTTPS_PORT);
        }
        try {
            return new Http(new URL(second.base.toString()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    /** The reader's overlaps of the plan once they satisfy the expectation, waiting for the notification. */
    private static JsonObject eventually(Http reader, String plan, Predicate<JsonObject> expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROPAGATION_SECONDS);
        JsonObject last;
        do {
            last = Http.object(expect(200, reader.get(API + "overlaps?plan=" + plan)));
            if (expected.test(last)) {
                return last;
            }
            SecondServer.pause(100);
        } while (System.nanoTime() < deadline);
        return last;
    }

    @Test
    void aDraftRevisedOnOneServerIsInTheOthersNextReadsAndBack() {
        Http secondSecretariat = second().as("secretariat");
        String seoul = unique("twin-seoul");
        String busan = unique("twin-busan");
        String seoulPlan = unique("twin-seoul-air");
        String busanDraft = unique("twin-busan-draft");
        String marker = "twin" + RUN;
        Http secretariat = secretariat();
        expect(201, secretariat.post(API + "members", Analyses.member(seoul, "KR", "ko", "서울").toString()));
        expect(201, secretariat.post(API + "members", Analyses.member(busan, "KR", "ko", "부산").toString()));
        PublishedPlans.publish(anonymous(), LivePlans.airQuality(seoulPlan, seoul, "PUBLISHED", marker));
        HttpResponse<String> draft = expect(201, memberEditor(busan).post(API + "plans",
                LivePlans.eGovernment(busanDraft, busan, "DRAFT").toString()));

        // Written on the first server, read on the second.
        HttpResponse<String> revised = expect(200, memberEditor(busan).put(API + "plans/" + busanDraft,
                LivePlans.airQuality(busanDraft, busan, "DRAFT", marker).toString(), "If-Match", etag(draft)));
        Predicate<JsonObject> busanFirst = o -> !planBs(o).isEmpty() && planBs(o).get(0).equals(busanDraft);
        assertTrue(busanFirst.test(eventually(secondSecretariat, seoulPlan, busanFirst)), "the second server's secretariat view");
        Http secondBusan = second().as("member-editor:" + busan);
        assertTrue(busanFirst.test(eventually(secondBusan, seoulPlan, busanFirst)), "the second server's view of Busan's editors");
        assertTrue(!planBs(Http.object(expect(200, second().get(API + "overlaps?plan=" + seoulPlan))))
                .contains(busanDraft), "the second server's public view has no draft");

        // Written on the second server, read on the first. Gone from the top, or, where no other
        // plan of the database overlaps Seoul's (the suite's first classes on an empty database),
        // still first with the lower score of an e-government plan.
        double alike = busanScore(Http.object(expect(200, secretariat.get(API + "overlaps?plan=" + seoulPlan))), busanDraft);
        expect(200, secondBusan.put(API + "plans/" + busanDraft, LivePlans.eGovernment(busanDraft, busan, "DRAFT").toString(),
                "If-Match", etag(revised)));
        Predicate<JsonObject> busanGone = o -> !planBs(o).contains(busanDraft) || !planBs(o).get(0).equals(busanDraft)
                || busanScore(o, busanDraft) < alike;
        assertTrue(busanGone.test(eventually(secretariat, seoulPlan, busanGone)), "the first server's secretariat view");
        // The second server's own write is in its own next read at once.
        JsonObject own = Http.object(expect(200, secondBusan.get(API + "overlaps?plan=" + seoulPlan)));
        assertTrue(busanGone.test(own), own::toString);
    }

    /** The score of plan B's entry in the overlap list; 0 where it has none. */
    private static double busanScore(JsonObject overlapList, String planB) {
        return overlapList.getJsonArray("overlaps").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("planB").equals(planB)).mapToDouble(o -> o.getJsonNumber("score").doubleValue())
                .findFirst().orElse(0);
    }

    @Test
    void theSecondServerIsReadyWithItsAnalysisWarm() {
        Http anonymous = second();
        JsonObject ready = Http.object(expect(200, Readiness.await(anonymous)));
        List<JsonObject> checks = ready.getJsonArray("checks").getValuesAs(JsonObject.class);
        JsonObject overlap = checks.stream().filter(c -> c.getString("name").equals("overlap analysis")).findFirst()
                .orElseThrow(() -> new AssertionError(ready));
        assertEquals("UP", overlap.getString("status"));
    }
}
