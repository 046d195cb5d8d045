package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health checks the database, metrics count requests per endpoint, OpenAPI describes the API. */
class ObservabilityIT extends ServerIT {

    @Test
    void readinessChecksTheDatabase() {
        JsonObject ready = Http.object(expect(200, Readiness.await(anonymous())));
        assertTrue(ready.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .anyMatch(c -> "database".equals(c.getString("name")) && "UP".equals(c.getString("status"))), ready.toString());
    }

    @Test
    void livenessIsUp() {
        assertEquals("UP", Http.object(expect(200, anonymous().get("health/live"))).getString("status"));
    }

    @Test
    void metricsCountRequestsPerEndpoint() {
        expect(200, anonymous().get(API + "members"));
        HttpResponse<String> metrics = expect(200, anonymous().send("GET", "metrics?scope=base", null, "Accept", "text/plain"));
        assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("REST_request_seconds_count") && l.contains("MemberResource")),
                "REST request counts per endpoint");
    }

    @Test
    void openApiDescribesTheRegistersAndTheirErrors() {
        HttpResponse<String> openapi = expect(200, anonymous().send("GET", "openapi", null, "Accept", "application/json"));
        JsonObject paths = Http.object(openapi).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/networks/{network}/projects/{id}"), paths.keySet().toString());
        JsonObject put = paths.getJsonObject("/api/v1/networks/{network}/projects/{id}").getJsonObject("put");
        assertTrue(put.getJsonObject("responses").getJsonObject("412").getJsonObject("content").containsKey("application/problem+json"));
        assertTrue(put.getJsonArray("parameters").stream().map(JsonObject.class::cast)
                .anyMatch(p -> "network".equals(p.getString("name")) && "path".equals(p.getString("in"))), put.toString());
        assertEquals("#/components/schemas/Project", put.getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void openApiUserInterfaceIsServed() {
        expect(200, anonymous().send("GET", "openapi/ui/", null, "Accept", "text/html"));
    }
}
