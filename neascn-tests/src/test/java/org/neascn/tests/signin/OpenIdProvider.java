package org.neascn.tests.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenID provider of the sign-in tests: {@code neascn-web/e2e/oidc/provider.mjs}, which
 * runs the {@code oidc-provider} package from neascn-web's node_modules on loopback. Started as
 * a child process of the tests and stopped by its own handle.
 */
final class OpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "neascn-web";
    static final String AUDIENCE = "neascn-api";

    private final Process process;
    private final List<String> output = new ArrayList<>();
    final String issuer;

    private OpenIdProvider(Process process, String issuer) {
        this.process = process;
        this.issuer = issuer;
    }

    /** Starts the provider on the port and waits until it listens (or fails with its output). */
    static OpenIdProvider start(Path webDirectory, int port, String appOrigin) {
        Path script = webDirectory.resolve("e2e/oidc/provider.mjs");
        if (!Files.isRegularFile(script) || !Files.isDirectory(webDirectory.resolve("node_modules/oidc-provider"))) {
            throw new IllegalStateException("The sign-in tests need " + script + " and neascn-web's node_modules"
                    + " (built by the neascn-web module: mvn -pl neascn-tests -am verify)");
        }
        ProcessBuilder builder = new ProcessBuilder("node", script.toString()).directory(webDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().put("OIDC_PORT", Integer.toString(port));
        builder.environment().put("OIDC_APP_ORIGIN", appOrigin);
        builder.environment().put("OIDC_CLIENT_ID", CLIENT_ID);
        builder.environment().put("OIDC_AUDIENCE", AUDIENCE);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("node could not be started for the OpenID provider", e);
        }
        OpenIdProvider provider = new OpenIdProvider(process, "http://127.0.0.1:" + port);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> provider.read(ready), "oidc-provider-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.get(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the OpenID provider stopped before it listened: " + provider.output());
            }
        } catch (Exception e) {
            provider.close();
            throw new IllegalStateException("the OpenID provider did not start: " + provider.output(), e);
        }
        return provider;
    }

    private void read(CompletableFuture<Boolean> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith("oidc-provider ready")) {
                    ready.complete(true);
                }
            }
        } catch (IOException e) {
            // The process ended; what it said is kept.
        }
        ready.complete(false);
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
