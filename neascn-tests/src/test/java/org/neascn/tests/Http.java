package org.neascn.tests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP client that talks to the server the way any API client would, optionally as
 * one identity (local mode's {@code Local-Identity} header).
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final URI base;
    private final String identity;
    private final Duration timeout;

    /** An anonymous client of the server that runs a deployment; paths are relative to the server's root. */
    public Http(URL deployment) {
        this(URI.create(deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/"), null,
                TIMEOUT);
    }

    private Http(URI base, String identity, Duration timeout) {
        this.base = base;
        this.identity = identity;
        this.timeout = timeout;
    }

    /** The server's root, such as http://127.0.0.1:19380/. */
    public URI base() {
        return base;
    }

    /** The same client acting as {@code secretariat}, {@code member-editor:seoul} or {@code partner:adb}. */
    public Http as(String localIdentity) {
        return new Http(base, localIdentity, timeout);
    }

    /** The same client giving up on an answer after the given time (a request that stalls then throws). */
    public Http within(Duration answerTimeout) {
        return new Http(base, identity, answerTimeout);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    public HttpResponse<String> put(String path, String body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Accept", "application/json"));
        if (body != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        if (identity != null) {
            all.addAll(List.of("Local-Identity", identity));
        }
        all.addAll(List.of(headers));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < all.size(); i += 2) {
            request.setHeader(all.get(i), all.get(i + 1));
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

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }
}
