package org.neascn.tests.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The reference server as a network runs it in production: the war as built, local identities
 * off, MicroProfile JWT verifying bearer tokens against the OpenID provider's JWKS, issuer and
 * audience, everything configured by environment variables as the README says. The build
 * created the Liberty server ({@code prepare-signin-server}); this runs it in the foreground as
 * a child process and stops it by its own handle (SIGTERM, Liberty's orderly stop).
 */
final class SignInServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    final URI base;

    private SignInServer(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    static SignInServer start(Path wlp, String name, int httpPort, Path war, Map<String, String> environment) {
        Path server = wlp.resolve("usr/servers").resolve(name);
        if (!Files.isDirectory(server)) {
            throw new IllegalStateException("No Liberty server " + server + ": the build's prepare-signin-server creates it");
        }
        try {
            Path dropins = Files.createDirectories(server.resolve("dropins"));
            try (Stream<Path> stale = Files.list(dropins)) {
                for (Path old : stale.toList()) {
                    deleteTree(old);
                }
            }
            Files.copy(war, dropins.resolve("neascn.war"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(server.resolve("logs/messages.log"));
            ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true).redirectOutput(server.resolve("console-run.log").toFile());
            builder.environment().putAll(environment);
            SignInServer started = new SignInServer(builder.start(), server.resolve("logs/messages.log"),
                    URI.create("http://127.0.0.1:" + httpPort + "/"));
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ready when its readiness check says UP: migrated, reference data loaded, application started. */
    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The sign-in server stopped during start; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("The sign-in server was not ready within 240 s; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }

    String messages() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
