package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Nothing acknowledged is lost when the server dies (README, "Durability and backups"). Writers
 * create and change meetings while the server's own process is killed with {@code kill -9}, twice,
 * and then while it is stopped normally ({@code server stop}); after each end the server starts
 * again on the same database, and everything acknowledged before any of the ends (cumulatively:
 * a later start must not lose what an earlier one kept) is served at its acknowledged version with
 * its acknowledged body, nothing is half-written, and the list agrees with the reads by id.
 *
 * <p>On the database of the pass: the embedded default (an H2 file of the server's own, the
 * configuration an operator gets without setting a database) in the first, PostgreSQL (a database
 * of its own) in {@code -Ppostgresql}. A few seconds of writing over loopback per end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    private static final String NAME = System.getProperty("neascn.durability.server", "matai");
    private static final int PORT = Integer.getInteger("neascn.durability.port", 22130);
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final int WRITERS = 6;
    /** Creates acknowledged before the end comes (at most ten seconds of writing). */
    private static final int BEFORE_END = 60;

    private final boolean postgres = SecondServer.suiteBootstrap().getProperty("neascn.db.url", "")
            .startsWith("jdbc:postgresql:");
    private final CrashWriters writers = new CrashWriters("durable-" + RUN);
    private PeerServer server;

    @BeforeAll
    void start() {
        server = postgres
                ? PeerServer.launch(NAME, PORT, TestDatabase.createEmpty(
                        System.getProperty("neascn.durability.database", "integb_durability")))
                : PeerServer.launchEmbedded(NAME, PORT, data -> { });
        server.awaitReady();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void everyAcknowledgedWriteSurvivesKill9OfTheServerProcess() throws Exception {
        for (int kill = 1; kill <= 2; kill++) {
            writeUntil("kill" + kill, () -> assertEquals(137, server.kill(), "killed by SIGKILL"));
            report("kill -9 #" + kill);
        }
    }

    @Test
    @Order(2)
    void everyAcknowledgedWriteSurvivesANormalStopUnderLoad() throws Exception {
        writeUntil("stop", server::stop);
        report("server stop");
    }

    /** Writers run until {@code end} ends the server under them; then the server starts again on the same database. */
    private void writeUntil(String round, Runnable end) throws Exception {
        writers.start(new Http(server.url()).as("secretariat"), WRITERS, round);
        writers.awaitAcknowledged(writers.acknowledgedCreates() + BEFORE_END, 10);
        end.run();
        writers.finish();
        // Assigned before it is awaited: a server that never becomes ready is still stopped after the tests.
        server = server.restart();
        server.awaitReady();
    }

    private void report(String end) {
        int committedUnacknowledged = writers.assertDurable(new Http(server.url()).as("secretariat"));
        assertTrue(writers.acknowledgedCreates() > 0, "the writers wrote nothing before the end");
        // The figures README "Durability and backups" quotes (failsafe keeps them in the test's output).
        System.out.printf("DurabilityIT %s after %s: %d creates and %d changes acknowledged, all served as acknowledged; "
                + "%d requests in flight, of which %d creates committed without their answer%n",
                postgres ? "PostgreSQL" : "H2", end, writers.acknowledgedCreates(), writers.acknowledgedUpdates(),
                writers.inFlight(), committedUnacknowledged);
    }
}
