package org.neascn.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One more instance of the reference server, as an operator runs several behind a load balancer:
 * the war as built, in a Liberty server of its own name and ports, created in the test's Liberty
 * runtime from the suite's server configuration, on the PostgreSQL database it is given. It runs
 * in the foreground as a child process and is stopped by its own process handle (SIGTERM,
 * Liberty's orderly stop), never by name.
 */
final class PeerServer implements AutoCloseable {

    /** Generous: at a load average of 30 from other builds one of two servers started together was not ready in 4 min. */
    private static final Duration START_LIMIT = Duration.ofSeconds(420);

    private final String name;
    private final Path directory;
    private final Process process;
    final URI base;

    private PeerServer(String name, Path directory, Process process, URI base) {
        this.name = name;
        this.directory = directory;
        this.process = process;
        this.base = base;
    }

    /** Creates (afresh) and launches the server; {@link #awaitReady()} waits for it. */
    static PeerServer launch(String name, int httpPort, TestDatabase database) {
        return launch(name, httpPort, database, List.of());
    }

    /** The same, with more bootstrap properties ({@code name=value}), such as a smaller pool. */
    static PeerServer launch(String name, int httpPort, TestDatabase database, List<String> properties) {
        Path wlp = Path.of(System.getProperty("neascn.wlp"));
        // The sign-in server is created by the build in every pass, from the same configuration
        // directory as the suite's server: its server.xml, server.env and JDBC drivers are the
        // suite's own, and it is not running while these tests do.
        Path template = wlp.resolve("usr/servers").resolve(System.getProperty("neascn.signin.server"));
        Path server = wlp.resolve("usr/servers").resolve(name);
        try {
            deleteTree(server);
            Files.createDirectories(server.resolve("jdbc"));
            Files.createDirectories(server.resolve("dropins"));
            for (String file : List.of("server.xml", "server.env")) {
                Files.copy(template.resolve(file), server.resolve(file));
            }
            try (Stream<Path> drivers = Files.list(template.resolve("jdbc"))) {
                for (Path driver : drivers.toList()) {
                    Files.copy(driver, server.resolve("jdbc").resolve(driver.getFileName()));
                }
            }
            Files.writeString(server.resolve("bootstrap.properties"), String.join("\n",
                    "http.port=" + httpPort,
                    "https.port=" + (httpPort + 1),
                    "neascn.db.url=" + database.url(),
                    "neascn.db.user=" + database.user(),
                    "neascn.db.password=" + database.password(),
                    "neascn.db.datasource=org.postgresql.ds.PGSimpleDataSource",
                    String.join("\n", properties), ""));
            Files.copy(Path.of(System.getProperty("neascn.war")), server.resolve("dropins/neascn.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true).redirectOutput(server.resolve("console-run.log").toFile());
            // The tests name their roles with local identities, as the suite's server lets them.
            builder.environment().put("NEASCN_AUTH_LOCAL", "true");
            Process process = builder.start();
            return new PeerServer(name, server, process, URI.create("http://127.0.0.1:" + httpPort + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness says UP (migrated, reference data loaded, database answering). */
    PeerServer awaitReady() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start; see " + messagesLog());
            }
            if (status("health/ready") == 200) {
                return this;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + START_LIMIT + "; see " + messagesLog());
    }

    /** The status of a GET of the given path, or -1 when nothing answers. */
    int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The server's root as the suite's client takes it. */
    URL url() {
        try {
            return base.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path messagesLog() {
        return directory.resolve("logs/messages.log");
    }

    String messages() {
        try {
            return Files.readString(messagesLog());
        } catch (IOException e) {
            return "";
        }
    }

    /** FFDC incident files the server has written. */
    long incidents() {
        Path ffdc = directory.resolve("logs/ffdc");
        if (!Files.isDirectory(ffdc)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ffdc_")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log's warnings and errors (Liberty's W and E lines), in order. */
    List<String> warnings() {
        return messages().lines().filter(line -> line.matches("^\\[[^]]+\\] \\S+ +\\S+ +[WE] .*")).toList();
    }

    @Override
    public void close() {
        // Its own process (the launch script execs the JVM) and whatever it started, by handle.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
