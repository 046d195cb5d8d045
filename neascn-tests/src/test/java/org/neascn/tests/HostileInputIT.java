package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A hostile client against every door that takes a body: the registers, every workflow command
 * and the imports, each sent bodies that are not JSON, not one value, not of the resource's
 * shape, or beyond the bounds. Whatever it sends, the answer is a 4xx problem+json that reveals no
 * internals, no incident is written, and nothing is stored.
 */
class HostileInputIT extends ServerIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Every request path that reads a JSON body, relative to the network. */
    private static final List<String> DOORS = List.of(
            "members", "partners", "persons", "plans", "projects", "initiatives", "meetings", "financiers",
            "framework-versions",
            "plans/hostile-plan/return", "plans/hostile-plan/next-version",
            "plans/hostile-plan/targets/t/indicators/i/measurements",
            "plans/hostile-plan/targets/t/indicators/i/measurements/0/approve",
            "plans/hostile-plan/targets/t/indicators/i/measurements/0/return",
            "initiatives/hostile/suspend", "initiatives/hostile/cancel", "initiatives/hostile/resume",
            "initiatives/hostile/members", "initiatives/hostile/hand-over", "initiatives/hostile/partners",
            "initiatives/hostile/milestones", "initiatives/hostile/milestones/0/settle",
            "meetings/neascn-prews-2020-12-09/takeaways", "meetings/neascn-prews-2020-12-09/takeaways/k/action-items",
            "meetings/neascn-prews-2020-12-09/agenda-outcomes", "meetings/neascn-prews-2020-12-09/action-items/a/status",
            "consultation-rounds/hostile/feedback", "consultation-rounds/hostile/feedback/f/disposition",
            "framework-versions/hostile/rounds", "pipeline");

    /** Bodies no door may accept, as bytes: some are not even UTF-8. */
    private static final List<byte[]> BODIES = Stream.of(
            "null",
            "{\"reason\": {\"original\": \"en\", \"texts\": {\"en\": \"x\"}}} trailing",
            "{\"member\": \"seoul\", \"member\": \"shanghai\"}",
            "{\"comment\": \"\\ud800\", \"member\": \"\\udc00x\"}",
            "{\"comment\": \"a\\u0000b\", \"reason\": \"\\u001b[31m\"}",
            "[]",
            "{\"value\": 1e4000000, \"date\": \"2026-01-01\"}",
            "\"just text\"",
            "[".repeat(200) + "]".repeat(200),
            "{\"id\": ",
            "{\"status\": \"DONE\", \"unexpected\": true}",
            "{\"to\": 7, \"outcome\": [\"REACHED\"], \"status\": {}}")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

    private static final byte[] NOT_UTF8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    @Test
    void noBodyOfAnyDoorGetsPastTheReaderOrCausesAnIncident() {
        long ffdcBefore = incidents();
        String membersBefore = total("members");
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (String door : DOORS) {
            List<byte[]> bodies = new ArrayList<>(BODIES);
            bodies.add(NOT_UTF8);
            for (byte[] body : bodies) {
                HttpResponse<String> response = send("POST", API + door, "application/json", body);
                requests++;
                String problem = problem(response);
                if (problem != null) {
                    failures.add("POST " + door + " " + new String(body, StandardCharsets.UTF_8) + " -> " + problem);
                }
            }
        }
        for (byte[] body : BODIES) {
            HttpResponse<String> response = send("PUT", API + "members/shanghai", "application/json", body);
            requests++;
            String problem = problem(response);
            if (problem != null) {
                failures.add("PUT members/shanghai -> " + problem);
            }
        }
        assertTrue(requests >= 80, "at least 80 hostile requests (" + requests + ")");
        assertEquals(List.of(), failures);
        assertEquals(membersBefore, total("members"), "nothing was stored");
        assertEquals(ffdcBefore, incidents(), "no client error writes an FFDC incident");
    }

    @Test
    void importsRefuseWhatIsNotAPlanOrABundle() {
        long ffdcBefore = incidents();
        List<String> failures = new ArrayList<>();
        byte[][] uploads = {
            "Sheet,=HYPERLINK(\"http://evil\")\r\n\"unclosed".getBytes(StandardCharsets.UTF_8),
            new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3},
            NOT_UTF8,
            new byte[0]};
        for (byte[] upload : uploads) {
            for (String type : List.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
                String problem = problem(send("POST", API + "plans/import", type, upload));
                if (problem != null) {
                    failures.add("plans/import " + type + " -> " + problem);
                }
            }
        }
        for (byte[] body : BODIES) {
            String problem = problem(send("POST", "api/v1/networks/neascn/bundle", "application/json", body));
            if (problem != null) {
                failures.add("bundle -> " + problem);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(ffdcBefore, incidents(), "a refused import is no incident");
    }

    /**
     * Reads and commands that name what the network does not hold, or ask a query it cannot
     * answer: each is the client's error, answered as such, and no incident file. (Liberty writes
     * one per distinct failure and server, so this fails on a server where no earlier test caused
     * the same failure first.)
     */
    @Test
    void missingSubjectsAndBadQueriesOfReadsAndCommandsCauseNoIncident() {
        long ffdcBefore = incidents();
        Map<String, Integer> reads = new LinkedHashMap<>();
        reads.put("members/no-such-member/timeline", 404);
        reads.put("initiatives/no-such-initiative/timeline", 404);
        reads.put("initiatives/no-such-initiative/audit", 404);
        reads.put("plans/no-such-plan/monitoring", 404);
        reads.put("overlaps/no-such-plan", 404);
        reads.put("pipeline/no-such-project", 404);
        reads.put("action-items?owner=nobody", 400);
        List<String> failures = new ArrayList<>();
        reads.forEach((path, status) -> {
            HttpResponse<String> response = send("GET", API + path, "application/json", new byte[0]);
            if (response.statusCode() != status || problem(response) != null) {
                failures.add("GET " + path + " -> " + response.statusCode() + " " + abbreviated(response.body()));
            }
        });
        String text = "{\"original\": \"en\", \"texts\": {\"en\": \"x\"}}";
        Map<String, String> commands = Map.of("plans/no-such-plan/return", "{\"comments\": " + text + "}",
                "initiatives/no-such-initiative/suspend", "{\"reason\": " + text + "}",
                "suggested-initiatives/no-such-suggestion/dismiss", "{\"reason\": \"x\"}");
        commands.forEach((command, body) -> {
            HttpResponse<String> response = send("POST", API + command, "application/json", body.getBytes(StandardCharsets.UTF_8));
            if (response.statusCode() != 404 || problem(response) != null) {
                failures.add("POST " + command + " -> " + response.statusCode() + " " + abbreviated(response.body()));
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(ffdcBefore, incidents(), "no client error writes an FFDC incident");
    }

    @Test
    void aRefusedCommandBodyNamesThePathAndTheAllowedValues() {
        HttpResponse<String> response = send("POST", API + "meetings/neascn-prews-2020-12-09/action-items/a/status",
                "application/json", "{\"status\": \"FINISHED\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        var error = Http.object(response).getJsonArray("errors").getJsonObject(0);
        assertEquals("status", error.getString("field"));
        assertTrue(error.getJsonArray("allowed").toString().contains("DONE"), error.toString());
    }

    /** What is wrong with the answer to a hostile request, or null when it is a clean refusal. */
    private static String problem(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0];
        String body = response.body();
        if (status < 400 || status >= 500) {
            return status + " " + abbreviated(body);
        }
        if (!"application/problem+json".equals(type)) {
            return status + " as " + type;
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.neascn") || body.contains("java.")) {
            return status + " reveals internals: " + abbreviated(body);
        }
        return null;
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        URI base = anonymous().base();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .header("Local-Identity", "secretariat")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String total(String collection) {
        return String.valueOf(Http.object(expect(200, secretariat().get(API + collection + "?limit=1"))).get("total"));
    }

    /**
     * FFDC incident files of every server of the test runtime. Only each server's logs/ffdc is
     * listed: a walk of the whole servers directory meets the OSGi work area, whose files a
     * running server replaces while they are walked (a NoSuchFileException failed a CI run), and
     * peer servers of other tests come and go.
     */
    private static long incidents() {
        Path servers = Path.of(System.getProperty("neascn.wlp"), "usr", "servers");
        if (!Files.isDirectory(servers)) {
            return 0;
        }
        try (Stream<Path> each = Files.list(servers)) {
            return each.mapToLong(PeerServer::incidentsOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
