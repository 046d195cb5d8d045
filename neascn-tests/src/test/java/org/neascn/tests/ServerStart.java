package org.neascn.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The wait for a server the tests started themselves: ready when its readiness check says UP. */
public final class ServerStart {

    private ServerStart() {
    }

    /**
     * Polls the server's readiness until it answers 200 or the limit passes; says whether it did.
     * A process that ends meanwhile is a failure at once ({@code what} names it, {@code log} where to look).
     */
    public static boolean awaitReady(Process process, URI base, Duration limit, String what, Object log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(what + " stopped during start; see " + log);
                }
                if (answersReady(client, base)) {
                    return true;
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return false;
    }

    private static boolean answersReady(HttpClient client, URI base) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve("health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false; // Not listening yet.
        }
    }
}
