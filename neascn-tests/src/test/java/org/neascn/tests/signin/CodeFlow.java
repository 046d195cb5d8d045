package org.neascn.tests.signin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorization code flow with PKCE as the browser goes through it, over HTTP: the
 * authorization request, the provider's login form, the redirect back with the code, and the
 * token request with the code verifier. The browser tests go through the same pages in Chromium;
 * this lets the API tests hold real tokens of each test user.
 */
final class CodeFlow {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"(/interaction/[^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the token endpoint answered. */
    record Tokens(String accessToken, String idToken, long expiresIn) {
    }

    private CodeFlow() {
    }

    static Tokens signIn(String issuer, String clientId, String redirectUri, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = random();
        String state = random();
        URI authorize = URI.create(issuer + "/auth?response_type=code&scope=" + encode("openid profile")
                + "&client_id=" + encode(clientId) + "&redirect_uri=" + encode(redirectUri) + "&state=" + state
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        HttpResponse<String> response = send(browser, HttpRequest.newBuilder(authorize).GET());
        URI location = follow(browser, issuer, response, redirectUri);
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(location).GET());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new AssertionError("no login form at " + location + ": " + login.body());
        }
        HttpResponse<String> submitted = send(browser, HttpRequest.newBuilder(URI.create(issuer + action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password))));
        URI back = follow(browser, issuer, submitted, redirectUri);
        if (!back.toString().startsWith(redirectUri)) {
            throw new AssertionError("the provider did not send the browser back: " + back + " " + submitted.body());
        }
        String query = back.getRawQuery();
        if (!query.contains("state=" + state)) {
            throw new AssertionError("state lost: " + back);
        }
        String code = parameter(query, "code");
        HttpResponse<String> token = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(redirectUri) + "&client_id=" + encode(clientId)
                        + "&code_verifier=" + verifier)));
        if (token.statusCode() != 200) {
            throw new AssertionError("token request refused: " + token.body());
        }
        JsonObject body = Json.createReader(new StringReader(token.body())).readObject();
        return new Tokens(body.getString("access_token"), body.getString("id_token"), body.getJsonNumber("expires_in").longValue());
    }

    /** Follows the provider's redirects until one leaves it (back to the client) or a page answers. */
    private static URI follow(HttpClient browser, String issuer, HttpResponse<String> response, String redirectUri) {
        URI location = response.uri();
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (!location.toString().startsWith(issuer) || location.toString().startsWith(redirectUri)) {
                return location;
            }
            response = send(browser, HttpRequest.newBuilder(location).GET());
        }
        return location;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + query);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
