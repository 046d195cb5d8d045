package org.neascn.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
 * and one project each (idempotent: existing records are kept), then measures a plan read, a
 * filtered project list and a project update against a trivial endpoint of the same server
 * ({@code GET /api/v1/networks}, the stack's ceiling).
 *
 * <p>Arguments: base URL (http://127.0.0.1:9080/), records (13000), connections (64),
 * seconds per scenario (15), maximum requests per scenario (200000).
 */
public final class ServerLoadBench {

    private static final NetworkId NEASCN = NetworkId.of("neascn");
    private static final String API = "api/v1/networks/neascn/";
    private static final List<String> COUNTRIES = List.of("CN", "JP", "KR", "MN", "RU");
    private static final Jsonb JSON = NeascnJson.create();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:9080/");
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("The load benchmark runs against loopback only, not " + base.getHost());
        }
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 13_000;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Duration each = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 15);
        long maxRequests = args.length > 4 ? Long.parseLong(args[4]) : 200_000;
        LoadDriver driver = new LoadDriver(connections);

        long t0 = System.nanoTime();
        if (driver.send(LoadDriver.request(base, API + "plans/" + planId(records - 1)).GET().build()).statusCode() == 200) {
            System.out.println("The records are loaded already");
        } else {
            load(driver, base, records, t0);
        }
        measure(driver, base, records, connections, each, maxRequests);
        System.exit(0);
    }

    private static void load(LoadDriver driver, URI base, int records, long t0) throws Exception {
        LoadDriver.Figures seeded = driver.run("load members+plans+projects", (w, i) -> seed(base, i), 16,
                Duration.ofMinutes(10), 3L * records);
        System.out.printf("Loaded %d records in %.1f s (%d already there or refused)%n", seeded.requests(),
                (System.nanoTime() - t0) / 1e9, seeded.errors());
    }

    private static void measure(LoadDriver driver, URI base, int records, int connections, Duration each, long maxRequests)
            throws Exception {
        String[] etags = new String[connections];
        // Warm-up: every scenario runs unmeasured first, so the JIT has compiled all four paths.
        warmUp(driver, base, records, connections, etags);
        List<LoadDriver.Figures> figures = List.of(
                driver.run("trivial GET /networks", (w, i) -> LoadDriver.request(base, "api/v1/networks").GET().build(),
                        connections, each, maxRequests),
                driver.run("plan read", (w, i) -> LoadDriver.request(base, API + "plans/" + planId(random(records))).GET().build(),
                        connections, each, maxRequests),
                driver.run("filtered project list", (w, i) -> LoadDriver.request(base, API + "projects?stage=FEASIBILITY&country="
                        + COUNTRIES.get((int) (i % COUNTRIES.size())) + "&limit=20&offset=" + (i % 5) * 20).GET().build(),
                        connections, each, maxRequests),
                driver.run("project update", new ProjectUpdates(base, driver, etags), connections, each, maxRequests));
        System.out.printf("%d connections, %d s per scenario, %d records of each kind%n", connections, each.toSeconds(), records);
        figures.forEach(System.out::println);
        double ceiling = figures.get(0).throughput();
        for (LoadDriver.Figures f : figures.subList(1, figures.size())) {
            System.out.printf("%-26s %5.1f %% of the trivial endpoint's throughput%n", f.name(), 100 * f.throughput() / ceiling);
        }
    }

    private static void warmUp(LoadDriver driver, URI base, int records, int connections, String[] etags) throws Exception {
        Duration warm = Duration.ofSeconds(5);
        driver.run("warm-up", (w, i) -> LoadDriver.request(base, "api/v1/networks").GET().build(), connections, warm, 50_000);
        driver.run("warm-up", (w, i) -> LoadDriver.request(base, API + "plans/" + planId(random(records))).GET().build(),
                connections, warm, 50_000);
        driver.run("warm-up", (w, i) -> LoadDriver.request(base, API + "projects?stage=SCOPING&country="
                + COUNTRIES.get((int) (i % COUNTRIES.size())) + "&limit=20").GET().build(), connections, warm, 50_000);
        driver.run("warm-up", new ProjectUpdates(base, driver, etags), connections, warm, 50_000);
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

    private static HttpRequest seed(URI base, long sequence) {
        int i = (int) (sequence / 3);
        Object record;
        String collection;
        switch ((int) (sequence % 3)) {
            case 0:
                record = new Member(MemberId.of(memberId(i)), NEASCN, LocalizedText.of("en", "Bench city " + i),
                        GovernmentLevel.CITY, CountryCode.of(COUNTRIES.get(i % COUNTRIES.size())), MembershipStatus.ACTIVE, 100_000L + i, null);
                collection = "members";
                break;
            case 1:
                record = plan(i, "A liveable, connected city " + i);
                collection = "plans";
                break;
            default:
                record = project(i, "Bench project " + i);
                collection = "projects";
        }
        return LoadDriver.request(base, API + collection).header("Content-Type", "application/json")
                .header("Local-Identity", "secretariat").POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(record))).build();
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
