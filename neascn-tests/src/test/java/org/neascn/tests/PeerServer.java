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
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One more instance of the reference server, as an operator runs several behind a load balancer:
 * the war as built, in a Liberty server of its own name and ports, created in the test's Liberty
 * runtime from the suite's server configuration, on the PostgreSQL database it is given or on the
 * embedded default (an H2 file in the server's own output directory). It runs in the foreground
 * as a child process and is stopped by its own process handle (SIGTERM, Liberty's orderly stop),
 * never by name; a crash test kills that process ({@link #kill()}) and starts it again on the same
 * files ({@link #restart()}).
 */
final class PeerServer implements AutoCloseable {

    /** Generous: on a machine shared by several builds (load 30 on 2 cores) a start took over four minutes. */
    private static final Duration START_LIMIT = Duration.ofSeconds(480);

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

    /** Creates (afresh) and launches the server on a PostgreSQL database; {@link #awaitReady()} waits for it. */
    static PeerServer launch(String name, int httpPort, TestDatabase database) {
        return launch(name, httpPort, database, List.of());
    }

    /** The same, with more bootstrap properties ({@code name=value}), such as a smaller pool. */
    static PeerServer launch(String name, int httpPort, TestDatabase database, List<String> properties) {
        List<String> all = new ArrayList<>(List.of(
                "neascn.db.url=" + database.url(),
                "neascn.db.user=" + database.user(),
                "neascn.db.password=" + database.password(),
                "neascn.db.datasource=org.postgresql.ds.PGSimpleDataSource"));
        all.addAll(properties);
        return create(name, httpPort, all, server -> { }).start();
    }

    /**
     * A server on the embedded default: no database settings, so the server configuration's own
     * H2 file under the server's output directory ({@code data/}), which {@code restore} may fill
     * first, as an operator restores a backup into an empty directory before the server starts.
     */
    static PeerServer launchEmbedded(String name, int httpPort, Consumer<Path> restore) {
        return create(name, httpPort, List.of(), restore).start();
    }

    /** The directory of the server's embedded database. */
    Path dataDirectory() {
        return directory.resolve("data");
    }

    /** The directory the server writes its backups to by default. */
    Path backupDirectory() {
        return directory.resolve("backups");
    }

    private static PeerServer create(String name, int httpPort, List<String> properties,
            Consumer<Path> restore) {
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
                    String.join("\n", properties), ""));
            Files.copy(Path.of(System.getProperty("neascn.war")), server.resolve("dropins/neascn.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            restore.accept(Files.createDirectories(server.resolve("data")));
            return new PeerServer(name, server, null, URI.create("http://127.0.0.1:" + httpPort + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the server (created before) in the foreground, as a child process of the tests. */
    private PeerServer start() {
        Path wlp = Path.of(System.getProperty("neascn.wlp"));
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("console-run.log").toFile()));
        // The tests name their roles with local identities, as the suite's server lets them.
        builder.environment().put("NEASCN_AUTH_LOCAL", "true");
        try {
            return new PeerServer(name, directory, builder.start(), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same server started again on the same configuration and database, after {@link #kill()} or {@link #stop()}. */
    PeerServer restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start();
    }

    /**
     * Kills the server's own process with SIGKILL ({@code kill -9} of its PID: the launch script
     * execs the JVM, so the child is the server itself), as a crash or an out-of-memory killer
     * would: no shutdown hook, no checkpoint. Returns its exit status, 137 (128 + 9) for SIGKILL.
     */
    int kill() {
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -9 " + process.pid() + " failed");
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived kill -9 " + process.pid());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the server as an operator does, with Liberty's {@code server stop} (an orderly stop:
     * the application's stop observers run), and waits for its process to end.
     */
    void stop() {
        Path wlp = Path.of(System.getProperty("neascn.wlp"));
        try {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("console-stop.log").toFile()))
                    .start();
            stop.waitFor(120, TimeUnit.SECONDS);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not stop; see " + messagesLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
        return incidentsOf(directory);
    }

    /**
     * FFDC incident files in a Liberty server's directory; none for a server that never wrote
     * one or was removed meanwhile (the suite's peer servers come and go).
     */
    static long incidentsOf(Path serverDirectory) {
        try (Stream<Path> files = Files.list(serverDirectory.resolve("logs/ffdc"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("ffdc_")).count();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return 0;
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
