package org.neascn.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import org.neascn.model.member.GovernmentLevel;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.member.MembershipStatus;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Location;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Load on a running reference server over loopback: loads N members with one published plan
 * and one project each (through bundle imports merged by identifier, so a rerun changes
 * nothing), then measures a plan read, a
 * filtered project list and a project update against a trivial endpoint of the same server
 * ({@code GET /api/v1/networks}, the stack's ceiling).
 *
 * <p>Arguments: base URL (http://127.0.0.1:9080/), records (13000), connections (64),
 * seconds per scenario (15), maximum requests per scenario (200000), and optionally the server's
 * process id (on the same Linux machine, 0 for none), to report its CPU time per request, and the
 * scenarios to run (trivial,read,list,update: all; the first is the one the others are compared to).
 */
public final class ServerLoadBench {

    private static final NetworkId NEASCN = NetworkId.of("neascn");
    private static final String API = "api/v1/networks/neascn/";
    private static final List<String> COUNTRIES = List.of("CN", "JP", "KR", "MN", "RU");
    private static final Jsonb JSON = NeascnJson.create();
    /** Members (with as many plans and projects) per imported bundle. */
    private static final int BUNDLE = 1000;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:9080/");
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("The load benchmark runs against loopback only, not " + base.getHost());
        }
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 13_000;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Duration each = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 15);
        long maxRequests = args.length > 4 ? Long.parseLong(args[4]) : 200_000;
        long serverPid = args.length > 5 ? Long.parseLong(args[5]) : 0;
        Set<String> scenarios = Set.of((args.length > 6 ? args[6] : "trivial,read,list,update").split(","));
        LoadDriver driver = new LoadDriver(connections);

        long t0 = System.nanoTime();
        if (driver.send(LoadDriver.request(base, API + "plans/" + planId(records - 1)).GET().build()).statusCode() == 200) {
            System.out.println("The records are loaded already");
        } else {
            load(driver, base, records, t0);
        }
        measure(driver, base, records, connections, each, maxRequests, serverPid, scenarios);
        System.exit(0);
    }

    /**
     * Through the secretariat's bundle import (merge by identifier, so a rerun keeps what is
     * there), a thousand members with their plans and projects per bundle: the plans are
     * published ones, which only a carried-over record may be when it is written (a new plan
     * starts as a draft), and each bundle is one transaction, plans before projects.
     */
    private static void load(LoadDriver driver, URI base, int records, long t0) throws Exception {
        HttpResponse<String> exported = driver.send(LoadDriver.request(base, API + "bundle")
                .header("Local-Identity", "secretariat").GET().build());
        if (exported.statusCode() != 200) {
            throw new IllegalStateException("The bundle export answered " + exported.statusCode() + ": " + exported.body());
        }
        JsonObject empty;
        try (JsonReader reader = Json.createReader(new StringReader(exported.body()))) {
            JsonObjectBuilder bundle = Json.createObjectBuilder(reader.readObject());
            for (String list : List.of("partners", "persons", "initiatives", "meetings", "frameworkVersions", "consultationRounds")) {
                bundle.add(list, Json.createArrayBuilder());
            }
            empty = bundle.build();
        }
        for (int from = 0; from < records; from += BUNDLE) {
            int to = Math.min(records, from + BUNDLE);
            List<Member> members = new ArrayList<>();
            List<Scap> plans = new ArrayList<>();
            List<Project> projects = new ArrayList<>();
            for (int i = from; i < to; i++) {
                members.add(member(i));
                plans.add(plan(i, "A liveable, connected city " + i));
                projects.add(project(i, "Bench project " + i));
            }
            String body = Json.createObjectBuilder(empty).add("members", array(members)).add("plans", array(plans))
                    .add("projects", array(projects)).build().toString();
            HttpResponse<String> imported = driver.send(LoadDriver.request(base, API + "bundle?policy=merge-by-id")
                    .header("Content-Type", "application/json").header("Local-Identity", "secretariat")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("The bundle import answered " + imported.statusCode() + ": " + imported.body());
            }
        }
        System.out.printf("Loaded %d members, plans and projects in %.1f s%n", records, (System.nanoTime() - t0) / 1e9);
    }

    private static JsonArray array(List<?> records) {
        try (JsonReader reader = Json.createReader(new StringReader(JSON.toJson(records)))) {
            return reader.readArray();
        }
    }

    private static void measure(LoadDriver driver, URI base, int records, int connections, Duration each, long maxRequests,
                                long serverPid, Set<String> chosen) throws Exception {
        String[] etags = new String[connections];
        Map<String, LoadDriver.Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("trivial", (w, i) -> LoadDriver.request(base, "api/v1/networks").GET().build());
        scenarios.put("read", (w, i) -> LoadDriver.request(base, API + "plans/" + planId(random(records))).GET().build());
        scenarios.put("list", (w, i) -> LoadDriver.request(base, API + "projects?stage=FEASIBILITY&country="
                + COUNTRIES.get((int) (i % COUNTRIES.size())) + "&limit=20&offset=" + (i % 5) * 20).GET().build());
        scenarios.put("update", new ProjectUpdates(base, driver, etags));
        Map<String, String> names = Map.of("trivial", "trivial GET /networks", "read", "plan read",
                "list", "filtered project list", "update", "project update");
        scenarios.keySet().retainAll(chosen);
        // Warm-up: every scenario runs unmeasured first, so the JIT has compiled every path; then
        // the live analysis catches up with the warm-up's writes before anything is measured.
        for (LoadDriver.Scenario scenario : scenarios.values()) {
            driver.run("warm-up", scenario, connections, Duration.ofSeconds(5), 50_000);
        }
        settle(driver, base);
        List<LoadDriver.Figures> figures = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (Map.Entry<String, LoadDriver.Scenario> scenario : scenarios.entrySet()) {
            double before = cpuMillis(serverPid);
            LoadDriver.Figures f = driver.run(names.get(scenario.getKey()), scenario.getValue(), connections, each, maxRequests);
            // The analysis work a write causes counts towards the write, even where it runs after the answer.
            settle(driver, base);
            figures.add(f);
            cpu.add((cpuMillis(serverPid) - before) / f.requests());
        }
        System.out.printf("%d connections, %d s per scenario, %d records of each kind%n", connections, each.toSeconds(), records);
        figures.forEach(System.out::println);
        double ceiling = figures.get(0).throughput();
        for (int k = 0; k < figures.size(); k++) {
            LoadDriver.Figures f = figures.get(k);
            System.out.printf("%-26s %5.1f %% of the first scenario's throughput%s%n", f.name(), 100 * f.throughput() / ceiling,
                    cpu.get(k).isNaN() ? "" : String.format(", server CPU %.2f ms per request", cpu.get(k)));
        }
    }

    /**
     * Waits until the live overlap analysis holds every write made so far: a read of it answers
     * without {@code Analysis-Lacking-Commits} (it waits for the analysis a bounded time itself).
     * Right after a start the first read waits for the analysis's first build, which over 13,000
     * tied plans can outlast the client's request timeout: such a read is simply asked again.
     */
    private static void settle(LoadDriver driver, URI base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline && !settled(driver, base)) {
            Thread.sleep(200);
        }
    }

    private static boolean settled(LoadDriver driver, URI base) throws Exception {
        try {
            return driver.send(LoadDriver.request(base, API + "overlaps?plan=" + planId(0) + "&limit=1")
                    .header("Local-Identity", "secretariat").GET().build()).headers().firstValue("Analysis-Lacking-Commits").isEmpty();
        } catch (HttpTimeoutException e) {
            return false;
        }
    }

    /** The process's CPU time so far from /proc (Linux; ticks of 10 ms), NaN without a process id. */
    private static double cpuMillis(long pid) throws Exception {
        if (pid <= 0) {
            return Double.NaN;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command: state is field 3 of stat(5), utime 14 and stime 15.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    /**
     * Each connection updates its own project, carrying the ETag from one update to the next. The
     * seeded plans are published, and the workflow keeps a published plan read-only (409), so
     * the write path is measured on the project register: the same store, checks and ETags.
     */
    private static final class ProjectUpdates implements LoadDriver.Scenario {
        private final URI base;
        private final LoadDriver driver;
        private final String[] etags;

        ProjectUpdates(URI base, LoadDriver driver, String[] etags) {
            this.base = base;
            this.driver = driver;
            this.etags = etags;
        }

        @Override
        public HttpRequest next(int worker, long sequence) {
            if (etags[worker] == null) {
                try {
                    HttpResponse<String> read = driver.send(LoadDriver.request(base, API + "projects/" + projectId(worker)).GET().build());
                    etags[worker] = read.headers().firstValue("ETag").orElseThrow();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            Project project = project(worker, "Bench project " + worker + ", revision " + sequence);
            return LoadDriver.request(base, API + "projects/" + projectId(worker)).header("Content-Type", "application/json")
                    .header("Local-Identity", "secretariat").header("If-Match", etags[worker])
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(project))).build();
        }

        @Override
        public void answered(int worker, HttpResponse<String> response) {
            etags[worker] = response.headers().firstValue("ETag").orElse(null);
        }
    }

    private static Member member(int i) {
        return new Member(MemberId.of(memberId(i)), NEASCN, LocalizedText.of("en", "Bench city " + i),
                GovernmentLevel.CITY, CountryCode.of(COUNTRIES.get(i % COUNTRIES.size())), MembershipStatus.ACTIVE, 100_000L + i, null);
    }

    private static Scap plan(int i, String vision) {
        return new Scap(ScapId.of(planId(i)), NEASCN, MemberId.of(memberId(i)), 1, new YearPeriod(2024, 2030),
                LocalizedText.of("en", vision), Set.of(FocusAreaCode.of("quality-environment")), List.of(), List.of(),
                ScapStatus.PUBLISHED);
    }

    private static Project project(int i, String title) {
        return new ProjectBuilder(ProjectId.of(projectId(i)), NEASCN, MemberId.of(memberId(i)),
                LocalizedText.of("en", title))
                .plan(ScapId.of(planId(i)))
                .focusArea(FocusAreaCode.of("quality-environment"))
                .location(new Location(CountryCode.of(COUNTRIES.get(i % COUNTRIES.size())), null, null, null))
                .stage(Stage.values()[i % Stage.values().length])
                .financingStatus(FinancingStatus.values()[i % FinancingStatus.values().length])
                .build();
    }

    private static String memberId(int i) {
        return "bench-city-" + i;
    }

    private static String projectId(int i) {
        return "bench-project-" + i;
    }

    private static String planId(int i) {
        return "bench-plan-" + i;
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    private ServerLoadBench() {
    }
}
