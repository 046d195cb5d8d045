package org.neascn.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the reference server as an orchestrator sees it: from launching the server
 * process to the first {@code 200} of {@code /health/ready} (schema checked, reference data in,
 * database answering), on a database that is migrated already, as on every start but the first.
 * The server is one that exists already in the given Liberty installation, with the war in its
 * {@code dropins}. Each run launches {@code bin/server run NAME}, polls readiness every 50 ms,
 * reads the CPU time the server process used until then, and stops it by its own handle.
 *
 * <p>The CPU time is the steadier figure where other builds share the machine: wall time then
 * mostly measures the wait for a core.
 *
 * <p>Arguments: Liberty directory (wlp), server name, HTTP port, runs (5).
 */
public final class StartupBench {

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(args[0]);
        String name = args[1];
        URI ready = URI.create("http://127.0.0.1:" + Integer.parseInt(args[2]) + "/health/ready");
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            Process server = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            try {
                while (!ready(client, ready)) {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("The server stopped during start");
                    }
                    if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(5)) {
                        throw new IllegalStateException("Not ready within 5 minutes");
                    }
                    Thread.sleep(50);
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = server.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1e3;
                walls.add(wall);
                cpus.add(cpu);
                System.out.printf("run %d: ready after %.2f s wall, %.2f s CPU of the server process%n", run + 1, wall, cpu);
            } finally {
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
        }
        System.out.printf("median of %d: %.2f s wall, %.2f s CPU%n", runs, median(walls), median(cpus));
        System.exit(0);
    }

    private static boolean ready(HttpClient client, URI ready) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
