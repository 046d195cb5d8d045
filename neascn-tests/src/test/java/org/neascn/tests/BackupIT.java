package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The backup procedures of README "Durability and backups", carried out as an operator would and
 * proven by a restore: records written before the backup are served by a fresh server on the
 * restored database, records written after it are not there.
 *
 * <p>On the database of the pass: the embedded default's online backup ({@code POST
 * /api/v1/backups}, the secretariat's, restored with H2's {@code Restore} into an empty data
 * directory) in the first pass; {@code pg_dump -Fc} of a running server's database and
 * {@code pg_restore} into a new one in {@code -Ppostgresql}. A server is launched before it is
 * awaited, so that one that never becomes ready is still stopped.
 */
class BackupIT {

    private static final String NAME = System.getProperty("neascn.backup.server", "miro");
    private static final String RESTORED = System.getProperty("neascn.backup.restored.server", "tawa");
    private static final int PORT = Integer.getInteger("neascn.backup.port", 22140);
    private static final String MEETINGS = "api/v1/networks/neascn/meetings";
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private final boolean postgres = SecondServer.suiteBootstrap().getProperty("neascn.db.url", "")
            .startsWith("jdbc:postgresql:");

    @Test
    void theSecretariatBacksUpTheEmbeddedDatabaseOnlineAndARestoredServerServesEveryRecord() throws Exception {
        Assumptions.assumeFalse(postgres, "the embedded database's backup runs in the embedded pass; this pass tests pg_dump");
        Map<String, JsonObject> before;
        String after = "backup-after-" + RUN;
        Path zip;
        try (PeerServer source = PeerServer.launchEmbedded(NAME, PORT, data -> { })) {
            source.awaitReady();
            Http secretariat = new Http(source.url()).as("secretariat");
            before = written(secretariat, "backup-before-" + RUN, 25);
            refusedToAnyoneButTheSecretariat(new Http(source.url()));

            // A path a client sends is no parameter of the backup: the file lands in the server's directory.
            HttpResponse<String> taken = secretariat.post("api/v1/backups?file=../../../escaped.zip",
                    "{\"file\": \"../../../escaped.zip\", \"directory\": \"/tmp\"}");
            assertEquals(200, taken.statusCode(), taken::body);
            JsonObject backup = Http.object(taken);
            String file = backup.getString("file");
            assertTrue(file.matches("neascn-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip"), file);
            zip = source.backupDirectory().resolve(file);
            assertEquals(Files.size(zip), backup.getJsonNumber("size").longValue(), "the size answered is the file's");
            assertFalse(Instant.parse(backup.getString("takenAt")).isAfter(Instant.now()));
            assertFalse(Files.exists(source.backupDirectory().resolve("../../../escaped.zip").normalize()));

            // The server went on serving: a write after the backup is acknowledged, and is not in it.
            written(secretariat, after, 1);
        }
        try (PeerServer restored = PeerServer.launchEmbedded(RESTORED, PORT + 10, data -> restore(zip, data))) {
            restored.awaitReady();
            assertServed(new Http(restored.url()).as("secretariat"), before, after);
        }
    }

    @Test
    void pgDumpOfARunningServersDatabaseRestoredWithPgRestoreServesEveryRecord() throws Exception {
        Assumptions.assumeTrue(postgres, "pg_dump and pg_restore run in the PostgreSQL pass (-Ppostgresql)");
        Assumptions.assumeTrue(onPath("pg_dump") && onPath("pg_restore"),
                "pg_dump and pg_restore (PostgreSQL's client tools) are not on the PATH");
        String name = System.getProperty("neascn.backup.database", "integb_backup");
        TestDatabase database = TestDatabase.createEmpty(name);
        TestDatabase copy = TestDatabase.createEmpty(name + "_restored");
        Path dump = Path.of(System.getProperty("neascn.tests.target"), name + "-" + RUN + ".dump");
        Map<String, JsonObject> before;
        String after = "backup-after-" + RUN;
        try (PeerServer source = PeerServer.launch(NAME, PORT, database)) {
            source.awaitReady();
            Http secretariat = new Http(source.url()).as("secretariat");
            before = written(secretariat, "backup-before-" + RUN, 25);
            // The server's own backup is the embedded database's; on PostgreSQL it says what to use.
            HttpResponse<String> refused = secretariat.post("api/v1/backups", null);
            assertEquals(501, refused.statusCode(), refused::body);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertEquals("urn:neascn:problem:backup-unsupported", Http.object(refused).getString("type"));
            assertTrue(Http.object(refused).getString("detail").contains("pg_dump"), refused::body);

            run(pgTool("pg_dump", database, "-Fc", "-f", dump.toString(), database.name()));
            written(secretariat, after, 1);
        }
        run(pgTool("pg_restore", copy, "--no-owner", "-d", copy.name(), dump.toString()));
        try (PeerServer restored = PeerServer.launch(RESTORED, PORT + 10, copy)) {
            restored.awaitReady();
            assertServed(new Http(restored.url()).as("secretariat"), before, after);
        }
    }

    private static void refusedToAnyoneButTheSecretariat(Http anonymous) {
        HttpResponse<String> unsigned = anonymous.post("api/v1/backups", null);
        assertEquals(401, unsigned.statusCode(), unsigned::body);
        assertEquals("urn:neascn:problem:authentication-required", Http.object(unsigned).getString("type"));
        for (String identity : List.of("member-editor:seoul", "partner:adb")) {
            HttpResponse<String> denied = anonymous.as(identity).post("api/v1/backups", null);
            assertEquals(403, denied.statusCode(), denied::body);
            assertEquals("application/problem+json", denied.headers().firstValue("Content-Type").orElse(""));
            assertEquals("urn:neascn:problem:forbidden", Http.object(denied).getString("type"));
        }
    }

    /** Creates {@code count} meetings; returns each acknowledged record by id. */
    private static Map<String, JsonObject> written(Http http, String prefix, int count) {
        Map<String, JsonObject> records = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = count == 1 ? prefix : prefix + "-" + i;
            HttpResponse<String> created = http.post(MEETINGS, Records.with(Records.load("meeting"), "id", id,
                    "title", Records.text("en", "Backed up " + id)).toString());
            assertEquals(201, created.statusCode(), created::body);
            records.put(id, Http.object(created).getJsonObject("record"));
        }
        return records;
    }

    /** Every record written before the backup, as acknowledged; the one written after it, absent. */
    private static void assertServed(Http http, Map<String, JsonObject> before, String after) {
        List<String> wrong = new ArrayList<>();
        before.forEach((id, record) -> {
            HttpResponse<String> read = http.get(MEETINGS + "/" + id);
            if (read.statusCode() != 200 || !record.equals(Http.object(read).getJsonObject("record"))) {
                wrong.add(id + ": " + read.statusCode() + " " + read.body());
            }
        });
        assertEquals(List.of(), wrong, "records written before the backup, not restored as written");
        assertEquals(404, http.get(MEETINGS + "/" + after).statusCode(), "a record written after the backup is not in it");
    }

    /** H2's own restore tool, as README's procedure runs it: the backup's files into the empty data directory. */
    private static void restore(Path zip, Path data) {
        org.h2.tools.Restore.execute(zip.toString(), data.toString(), null);
    }

    /** A PostgreSQL client tool on the database's server, with its connection taken from the JDBC URL. */
    private static List<String> pgTool(String tool, TestDatabase database, String... arguments) {
        URI server = URI.create(database.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(tool, "-h", server.getHost(),
                "-p", Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()), "-U", database.user()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String password = System.getProperty("neascn.test.db.password", "");
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ": " + output);
    }

    private static boolean onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
