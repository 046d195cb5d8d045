package org.neascn.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one request scenario with a fixed number of concurrent connections for a bounded time
 * and a bounded number of requests, and reports throughput and latency percentiles.
 */
final class LoadDriver {

    /** One kind of request; {@code worker} lets a scenario keep per-connection state. */
    interface Scenario {
        HttpRequest next(int worker, long sequence);

        default void answered(int worker, HttpResponse<String> response) {
        }
    }

    /** What a run measured. */
    record Figures(String name, long requests, long errors, double seconds, double p50Ms, double p99Ms) {
        double throughput() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format("%-26s %8d req %6d err %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms",
                    name, requests, errors, throughput(), p50Ms, p99Ms);
        }
    }

    private final HttpClient client;

    LoadDriver(int connections) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(connections, LoadDriver::daemon)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The client's threads do not keep a bench that failed (a timeout, a refused import) from ending. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    Figures run(String name, Scenario scenario, int connections, Duration duration, long maxRequests) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(connections, LoadDriver::daemon);
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < connections; w++) {
            int worker = w;
            results.add(workers.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                long sequence;
                while (System.nanoTime() < deadline && (sequence = issued.getAndIncrement()) < maxRequests) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(scenario.next(worker, sequence), HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() >= 400) {
                        errors.incrementAndGet();
                    }
                    scenario.answered(worker, response);
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(name, merged.length, errors.get(), seconds, percentile(merged, 0.50), percentile(merged, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    }
}
