package org.neascn.tests;

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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second reference server on the suite's database, as a network runs several behind a load
 * balancer: the war as built, the same configuration and database settings as the server the
 * tests deploy to, its own name and ports. It is created beside the suite's server in the same
 * Liberty runtime, run in the foreground as a child process and stopped by its own handle
 * (SIGTERM, Liberty's orderly stop), never by name.
 */
final class SecondServer implements AutoCloseable {

    private final Process process;
    private final Path log;
    final URI base;

    private SecondServer(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** The database settings of the suite's server, from the bootstrap properties the build wrote. */
    static Properties suiteBootstrap() {
        Path file = suiteServer().resolve("bootstrap.properties");
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No bootstrap properties of the suite's server at " + file, e);
        }
        return properties;
    }

    /**
     * Creates (or refreshes) the server {@code name} from the suite's server's configuration with
     * the given ports, and starts it; returns once its readiness check says UP.
     */
    static SecondServer start(String name, int httpPort, int httpsPort) {
        Path suite = suiteServer();
        Path server = suite.getParent().resolve(name);
        try {
            Files.createDirectories(server);
            Files.copy(suite.resolve("server.xml"), server.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
            copyTree(suite.resolve("jdbc"), server.resolve("jdbc"));
            Properties bootstrap = suiteBootstrap();
            bootstrap.setProperty("http.port", Integer.toString(httpPort));
            bootstrap.setProperty("https.port", Integer.toString(httpsPort));
            try (var out = Files.newBufferedWriter(server.resolve("bootstrap.properties"))) {
                bootstrap.store(out, "The second server of the suite (SecondServer): the suite's server's settings, its own ports");
            }
            Path dropins = Files.createDirectories(server.resolve("dropins"));
            Files.copy(Path.of(required("neascn.war")), dropins.resolve("neascn.war"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(server.resolve("logs/messages.log"));
            Path wlp = Path.of(required("neascn.wlp"));
            ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true).redirectOutput(server.resolve("console-run.log").toFile());
            // The suite's networks directory, as the Arquillian adapter gives it to the suite's server.
            Path networks = Path.of(required("neascn.tests.target")).getParent().resolve("src/test/networks");
            // Local identities too, as the suite's server has them: the tests name their roles so.
            builder.environment().putAll(Map.of("JVM_ARGS", "-Dneascn.networks.dir=" + networks, "NEASCN_AUTH_LOCAL", "true"));
            SecondServer started = new SecondServer(builder.start(), server.resolve("logs/messages.log"),
                    URI.create("http://127.0.0.1:" + httpPort + "/"));
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path suiteServer() {
        return Path.of(required("neascn.wlp")).resolve("usr/servers").resolve(required("neascn.server.name"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set (the build's failsafe configuration sets it)");
        }
        return value;
    }

    /** Ready when its readiness check says UP: migrated, reference data loaded (its overlap analysis warms in the background). */
    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second server stopped during start; see " + log);
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
            pause(500);
        }
        close();
        throw new IllegalStateException("The second server was not ready within 300 s; see " + log);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> children = Files.list(from)) {
            for (Path child : children.toList()) {
                Files.copy(child, to.resolve(child.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void close() {
        // By handle: the launcher and the JVM it started, should the script not have exec'd it.
        List<ProcessHandle> launched = process.descendants().toList();
        process.destroy();
        launched.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : launched) {
                if (!child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join().isAlive()) {
                    continue;
                }
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
