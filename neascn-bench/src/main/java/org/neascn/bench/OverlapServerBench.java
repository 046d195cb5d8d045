package org.neascn.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;

/**
 * The live overlap analysis on running servers over loopback: loads a synthetic network of N
 * plans (members, plans, projects; idempotent) through the first server, then, round after
 * round, writes on the first server and reads overlaps right after, on every server:
 *
 * <ul>
 *   <li>even rounds revise a project of a published plan (its title and description become
 *       another project's) and read that plan's overlaps as the secretariat and as the public;</li>
 *   <li>odd rounds revise a member editor's draft plan (its targets become another plan's) and
 *       read the draft's overlaps as that member's editor and as the secretariat.</li>
 * </ul>
 * On every other server the same read is timed right after the write, and then repeated until
 * it answers what the first server answers: that time is how long the commit's notification
 * took to be heard and applied there. One request at a time, so each figure is one reader's.
 *
 * <p>With {@code writers} above 0, it then measures writes under concurrency: that many
 * connections revise projects of their own on the first server (each a different plan's
 * project, its title alternating between two others'), for {@code writeSeconds}.
 *
 * <p>Arguments (name=value): servers (comma-separated base URLs, the first takes the writes;
 * http://127.0.0.1:9080/), plans (13000), rounds (300), warmup (30), drafts (20), seed (42),
 * writers (0), writeSeconds (15).
 */
public final class OverlapServerBench {

    private static final String API = "api/v1/networks/neascn/";
    private static final Jsonb JSON = NeascnJson.create();
    /** How long another server may take to show a write before the round counts it as not propagated. */
    private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(10);

    private final List<URI> servers;
    private final SyntheticNetwork network;
    private final LoadDriver driver = new LoadDriver(16);
    private final Map<String, long[]> figures = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> drafts = new ArrayList<>();
    private final Map<String, String> etags = new LinkedHashMap<>();
    private int notPropagated;

    private OverlapServerBench(List<URI> servers, SyntheticNetwork network) {
        this.servers = servers;
        this.network = network;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>(Map.of("servers", "http://127.0.0.1:9080/", "plans", "13000",
                "rounds", "300", "warmup", "30", "drafts", "20", "seed", "42"));
        a.putAll(Map.of("writers", "0", "writeSeconds", "15"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv[1]);
        }
        List<URI> servers = Arrays.stream(a.get("servers").split(",")).map(URI::create).toList();
        for (URI server : servers) {
            if (!"127.0.0.1".equals(server.getHost()) && !"localhost".equals(server.getHost())) {
                throw new IllegalArgumentException("The benchmark runs against loopback only, not " + server.getHost());
            }
        }
        OverlapServerBench bench = new OverlapServerBench(servers,
                SyntheticNetwork.generate(Long.parseLong(a.get("seed")), Integer.parseInt(a.get("plans"))));
        bench.load();
        bench.awaitReady();
        bench.drafts(Integer.parseInt(a.get("drafts")));
        bench.rounds(Integer.parseInt(a.get("warmup")), false);
        bench.rounds(Integer.parseInt(a.get("rounds")), true);
        bench.report(Integer.parseInt(a.get("rounds")));
        if (Integer.parseInt(a.get("writers")) > 0) {
            bench.concurrentWrites(Integer.parseInt(a.get("writers")), Duration.ofSeconds(Long.parseLong(a.get("writeSeconds"))));
        }
        System.exit(0);
    }

    /** Members, then projects, then plans: each plan then enters the analysis once, with its projects. */
    private void load() throws Exception {
        URI first = servers.get(0);
        Scap last = network.plans().get(network.plans().size() - 1);
        if (send(first, "GET", "plans/" + last.id().value(), null, "secretariat").statusCode() == 200) {
            System.out.println("The synthetic network is loaded already");
            return;
        }
        long t0 = System.nanoTime();
        post("members", i -> network.members().get(i), network.members().size());
        post("projects", i -> network.projects().get(i), network.projects().size());
        post("plans", i -> network.plans().get(i), network.plans().size());
        System.out.printf("Loaded %d plans with their members and %d projects in %.1f s%n", network.plans().size(),
                network.projects().size(), (System.nanoTime() - t0) / 1e9);
    }

    private void post(String collection, IntFunction<Object> record, int n) throws Exception {
        LoadDriver.Figures f = driver.run("load " + collection, (w, i) -> LoadDriver.request(servers.get(0), API + collection)
                .header("Content-Type", "application/json").header("Local-Identity", "secretariat")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(record.apply((int) i)))).build(),
                8, Duration.ofHours(2), n);
        System.out.println(f + " (errors: already there)");
    }

    private void awaitReady() throws Exception {
        for (URI server : servers) {
            long t0 = System.nanoTime();
            while (driver.send(LoadDriver.request(server, "health/ready").GET().build()).statusCode() != 200) {
                Thread.sleep(500);
            }
            System.out.printf("%s ready (overlap analysis warm) after %.1f s of waiting%n", server, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** One draft plan per member editor (the members of the first plans), version 2 beside their published plan. */
    private void drafts(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            Scap published = network.plans().get(i);
            String id = published.member().value() + "-live-draft";
            Scap draft = revised(published, id, network.plans().get((i + 1) % network.plans().size()));
            String editor = "member-editor:" + published.member().value();
            HttpResponse<String> created = send(servers.get(0), "POST", "plans", JSON.toJson(draft), editor);
            if (created.statusCode() != 201) {
                created = send(servers.get(0), "GET", "plans/" + id, null, editor);
            }
            etags.put(id, created.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no draft " + id)));
            drafts.add(id);
        }
    }

    private static Scap revised(Scap plan, String id, Scap targetsFrom) {
        return new Scap(ScapId.of(id), plan.network(), plan.member(), 2, plan.period(), plan.vision(),
                targetsFrom.focusAreas(), targetsFrom.targets(), List.of(), ScapStatus.DRAFT);
    }

    private void rounds(int n, boolean measured) throws Exception {
        for (int r = 0; r < n; r++) {
            if (r % 2 == 0) {
                projectRound(r, measured);
            } else {
                draftRound(r, measured);
            }
        }
    }

    private void projectRound(int r, boolean measured) throws Exception {
        int projects = network.projects().size();
        var project = network.projects().get((int) ((r * 7919L) % projects));
        var other = network.projects().get((int) ((r * 7919L + 104729L) % projects));
        String path = "projects/" + project.id().value();
        HttpResponse<String> read = send(servers.get(0), "GET", path, null, "secretariat");
        JsonObject record = parse(read.body()).getJsonObject("record");
        JsonObject otherJson = parse(JSON.toJson(other));
        var revised = Json.createObjectBuilder(record).add("title", otherJson.get("title"));
        if (otherJson.containsKey("description")) {
            revised.add("description", otherJson.get("description"));
        }
        long t0 = System.nanoTime();
        HttpResponse<String> written = send(servers.get(0), "PUT", path, revised.build().toString(), "secretariat",
                "If-Match", read.headers().firstValue("ETag").orElseThrow());
        record(measured, "write: project revised", t0);
        check(written, 200);
        String plan = project.plan().value();
        readEverywhere(measured, plan, "secretariat", "secretariat");
        readEverywhere(measured, plan, null, "public");
    }

    private void draftRound(int r, boolean measured) throws Exception {
        String id = drafts.get((r / 2) % drafts.size());
        int i = drafts.indexOf(id);
        Scap published = network.plans().get(i);
        Scap draft = revised(published, id, network.plans().get((int) ((r * 31L + 7) % network.plans().size())));
        String editor = "member-editor:" + published.member().value();
        long t0 = System.nanoTime();
        HttpResponse<String> written = send(servers.get(0), "PUT", "plans/" + id, JSON.toJson(draft), editor,
                "If-Match", etags.get(id));
        record(measured, "write: draft plan revised", t0);
        check(written, 200);
        etags.put(id, written.headers().firstValue("ETag").orElseThrow());
        readEverywhere(measured, id, editor, "member's editor");
        readEverywhere(measured, id, "secretariat", "secretariat");
    }

    private void concurrentWrites(int writers, Duration duration) throws Exception {
        int projects = network.projects().size();
        String[] etag = new String[writers];
        JsonObject[] record = new JsonObject[writers];
        int[] revisions = new int[writers];
        for (int w = 0; w < writers; w++) {
            String id = network.projects().get((int) ((w * 1619L + 17) % projects)).id().value();
            HttpResponse<String> read = send(servers.get(0), "GET", "projects/" + id, null, "secretariat");
            record[w] = parse(read.body()).getJsonObject("record");
            etag[w] = read.headers().firstValue("ETag").orElseThrow();
        }
        LoadDriver writersDriver = new LoadDriver(writers);
        LoadDriver.Figures f = writersDriver.run(writers + " concurrent project revisions", new LoadDriver.Scenario() {
            @Override
            public HttpRequest next(int w, long sequence) {
                var title = parse(JSON.toJson(network.projects().get((int) ((w * 31L + revisions[w]++ % 2) % projects)))).get("title");
                return LoadDriver.request(servers.get(0), API + "projects/" + record[w].getString("id"))
                        .header("Content-Type", "application/json").header("Local-Identity", "secretariat")
                        .header("If-Match", etag[w])
                        .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder(record[w]).add("title", title)
                                .build().toString())).build();
            }

            @Override
            public void answered(int w, HttpResponse<String> response) {
                etag[w] = response.headers().firstValue("ETag").orElse(etag[w]);
            }
        }, writers, duration, 1_000_000);
        System.out.println(f);
    }

    /** The read right after the write on the first server; on the others also the time until they answer the same. */
    private void readEverywhere(boolean measured, String plan, String identity, String view) throws Exception {
        String path = "overlaps?plan=" + plan;
        long t0 = System.nanoTime();
        HttpResponse<String> here = send(servers.get(0), "GET", path, null, identity);
        record(measured, "read after write, server 1, " + view, t0);
        check(here, 200);
        String expected = canonical(here.body());
        for (int s = 1; s < servers.size(); s++) {
            long t1 = System.nanoTime();
            HttpResponse<String> there = send(servers.get(s), "GET", path, null, identity);
            record(measured, "read after write, server " + (s + 1) + ", " + view, t1);
            long deadline = t0 + PROPAGATION_LIMIT.toNanos();
            while (there.statusCode() != 200 || !canonical(there.body()).equals(expected)) {
                if (System.nanoTime() > deadline) {
                    notPropagated++;
                    break;
                }
                Thread.sleep(5);
                there = send(servers.get(s), "GET", path, null, identity);
            }
            record(measured, "same answer as server 1, server " + (s + 1) + " (after the write's answer)", t0);
        }
    }

    /** The list as plan and score, best first; tie order may differ between servers whose plans joined in other orders. */
    private static String canonical(String body) {
        return parse(body).getJsonArray("overlaps").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("planB") + "=" + o.getJsonNumber("score").toString()).sorted().toList().toString();
    }

    private void record(boolean measured, String name, long since) {
        if (!measured) {
            return;
        }
        long took = System.nanoTime() - since;
        long[] all = figures.computeIfAbsent(name, k -> new long[1024]);
        int n = counts.merge(name, 1, Integer::sum);
        if (n > all.length) {
            all = Arrays.copyOf(all, all.length * 2);
            figures.put(name, all);
        }
        all[n - 1] = took;
    }

    private void report(int rounds) {
        System.out.printf("%d plans, %d rounds, %d servers; one request at a time over loopback%n",
                network.plans().size(), rounds, servers.size());
        figures.forEach((name, all) -> {
            long[] sorted = Arrays.copyOf(all, counts.get(name));
            Arrays.sort(sorted);
            System.out.printf("%-72s n=%4d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", name, sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        });
        System.out.println("Reads that did not match server 1 within " + PROPAGATION_LIMIT.toSeconds() + " s: " + notPropagated);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private HttpResponse<String> send(URI server, String method, String path, String body, String identity,
                                      String... headers) throws Exception {
        HttpRequest.Builder request = LoadDriver.request(server, API + path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (identity != null) {
            request.header("Local-Identity", identity);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return driver.send(request.build());
    }

    private static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
