package org.neascn.tests.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neascn.tests.Records;

/**
 * Production sign-in over the API: the server configured by environment alone for a real
 * OpenID provider, tokens obtained through the provider's login page with the code flow and
 * PKCE, roles and bindings from the token's claims, and every token refused that the provider
 * did not issue for this API, or that has lapsed.
 */
@ExtendWith(SignInEnvironment.class)
class SignInIT {

    private static final String PERSONS = "api/v1/networks/neascn/persons";
    private static final String RUN = Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String signIn(SignInEnvironment env, String user) {
        return CodeFlow.signIn(env.provider.issuer, OpenIdProvider.CLIENT_ID, env.redirectUri(), user, "neascn-test-password")
                .accessToken();
    }

    private static HttpResponse<String> send(SignInEnvironment env, String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
        all.addAll(List.of(headers));
        HttpRequest.Builder request = HttpRequest.newBuilder(env.server.base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        return response;
    }

    private static String person(String id, String member) {
        return Records.with(Records.load("person"), "id", id, "organisation",
                Json.createObjectBuilder().add("kind", "MEMBER").add("id", member).build()).toString();
    }

    @Test
    void theSignInOptionsNameTheProviderTheClientAndTheScopesToAnyone(SignInEnvironment env) {
        JsonObject options = json(expect(200, send(env, "GET", "api/v1/sign-in", null)));
        assertEquals("oidc", options.getString("mode"));
        JsonObject oidc = options.getJsonObject("oidc");
        assertEquals(env.provider.issuer, oidc.getString("issuer"));
        assertEquals(OpenIdProvider.CLIENT_ID, oidc.getString("clientId"));
        assertEquals("openid profile", oidc.getString("scopes"));
    }

    @Test
    void aCitysEditorWritesItsCitysRecordsAndIsRefusedAnotherCitys(SignInEnvironment env) {
        String token = signIn(env, "ulaanbaatar-editor");
        JsonObject caller = json(expect(200, send(env, "GET", "api/v1/sign-in/caller", null, "Authorization", "Bearer " + token)));
        assertEquals("member-editor", caller.getString("role"));
        assertEquals("ulaanbaatar", caller.getString("member"));
        assertEquals("ulaanbaatar-editor", caller.getString("principal"));

        String own = "oidc-own-" + RUN;
        expect(201, send(env, "POST", PERSONS, person(own, "ulaanbaatar"), "Authorization", "Bearer " + token));
        String other = "oidc-other-" + RUN;
        HttpResponse<String> refused = send(env, "POST", PERSONS, person(other, "shanghai"), "Authorization", "Bearer " + token);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("urn:neascn:problem:forbidden", json(refused).getString("type"));
        expect(404, send(env, "GET", PERSONS + "/" + other, null));
    }

    @Test
    void eachTestUserIsTheRoleItsGroupsAndBindingSay(SignInEnvironment env) {
        JsonObject officer = json(expect(200, send(env, "GET", "api/v1/sign-in/caller", null,
                "Authorization", "Bearer " + signIn(env, "officer"))));
        assertEquals("secretariat", officer.getString("role"));
        JsonObject partner = json(expect(200, send(env, "GET", "api/v1/sign-in/caller", null,
                "Authorization", "Bearer " + signIn(env, "adb-partner"))));
        assertEquals("partner", partner.getString("role"));
        assertEquals("adb", partner.getString("partner"));
        JsonObject visitor = json(expect(200, send(env, "GET", "api/v1/sign-in/caller", null,
                "Authorization", "Bearer " + signIn(env, "visitor"))));
        assertEquals("public", visitor.getString("role"));
        assertEquals("visitor", visitor.getString("principal"));
    }

    @Test
    void localIdentitiesAndAnonymousWritesAreRefused(SignInEnvironment env) {
        expect(401, send(env, "POST", PERSONS, person("oidc-local-" + RUN, "ulaanbaatar"), "Local-Identity", "secretariat"));
        expect(401, send(env, "POST", PERSONS, person("oidc-anonymous-" + RUN, "ulaanbaatar")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused(SignInEnvironment env) {
        // The ID token is signed by the same provider with the same issuer, but for the web
        // application (aud = its client id), not for the API.
        String idToken = CodeFlow.signIn(env.provider.issuer, OpenIdProvider.CLIENT_ID, env.redirectUri(), "officer",
                "neascn-test-password").idToken();
        HttpResponse<String> refused = send(env, "GET", "api/v1/sign-in/caller", null, "Authorization", "Bearer " + idToken);
        assertEquals(401, refused.statusCode(), refused.body());
        assertFalse(refused.body().contains("secretariat"), refused.body());
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused(SignInEnvironment env) throws Exception {
        long now = Instant.now().getEpochSecond();
        String forged = forge("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"neascn-test-1\"}",
                "{\"iss\":\"" + env.provider.issuer + "\",\"aud\":\"" + OpenIdProvider.AUDIENCE + "\",\"sub\":\"mallory\","
                        + "\"upn\":\"mallory\",\"groups\":[\"secretariat\"],\"iat\":" + now + ",\"exp\":" + (now + 600)
                        + ",\"jti\":\"" + RUN + "\"}");
        expect(401, send(env, "GET", "api/v1/sign-in/caller", null, "Authorization", "Bearer " + forged));
        expect(401, send(env, "POST", PERSONS, person("oidc-forged-" + RUN, "ulaanbaatar"), "Authorization", "Bearer " + forged));
        expect(401, send(env, "GET", "api/v1/sign-in/caller", null, "Authorization", "Bearer not-a-token"));
    }

    @Test
    void aLapsedTokenIsRefused(SignInEnvironment env) throws Exception {
        CodeFlow.Tokens brief = CodeFlow.signIn(env.provider.issuer, OpenIdProvider.CLIENT_ID, env.redirectUri(),
                "brief-editor", "neascn-test-password");
        assertTrue(brief.expiresIn() <= 10, "brief-editor's tokens lapse within seconds: " + brief.expiresIn());
        expect(200, send(env, "GET", "api/v1/sign-in/caller", null, "Authorization", "Bearer " + brief.accessToken()));
        Thread.sleep((brief.expiresIn() + 2) * 1000);
        expect(401, send(env, "GET", "api/v1/sign-in/caller", null, "Authorization", "Bearer " + brief.accessToken()));
    }

    private static String forge(String header, String payload) throws NoSuchAlgorithmException, java.security.GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }
}
