package org.neascn.tests.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production sign-in in real headless Chromium: neascn-web's {@code e2e/**}{@code /*.oidc.ts}
 * (Vitest and playwright-core, as the other browser tests) against the sign-in server and the
 * OpenID provider this run started. Output in {@code target/signin-browser-tests.log},
 * screenshots of failures in {@code target/signin-screenshots}.
 */
@ExtendWith(SignInEnvironment.class)
class SignInBrowserIT {

    private static final long TIMEOUT_MINUTES = 8;

    @Test
    void signInThroughTheProvidersLoginPageWritesAndSignsOut(SignInEnvironment env) throws IOException, InterruptedException {
        Path web = Path.of(System.getProperty("neascn.web.dir", "../neascn-web")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("neascn.tests.target", "target")).toAbsolutePath();
        Path log = target.resolve("signin-browser-tests.log");
        Files.createDirectories(target);
        String npm = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "npm.cmd" : "npm";
        ProcessBuilder builder = new ProcessBuilder(List.of(npm, "run", "e2e:signin")).directory(web.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NEASCN_BASE_URL", env.server.base.toString());
        builder.environment().put("NEASCN_OIDC_ISSUER", env.provider.issuer);
        builder.environment().put("NEASCN_SCREENSHOTS", target.resolve("signin-screenshots").toString());
        builder.environment().put("NO_COLOR", "1");
        String shots = System.getProperty("neascn.readme.shots", "");
        if (!shots.isBlank()) {
            builder.environment().put("NEASCN_README_SHOTS", Path.of(shots).toAbsolutePath().toString());
        }
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "sign-in browser tests did not finish within " + TIMEOUT_MINUTES + " minutes");
        assertEquals(0, process.exitValue(), () -> "sign-in browser tests failed (log: " + log + "; provider: "
                + env.provider.output() + "):\n" + (output.length() <= 6000 ? output : output.substring(output.length() - 6000)));
    }
}
