package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.with;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every class of bad input is a 4xx application/problem+json naming what is wrong, never a 500 or a stack trace. */
class ProblemIT extends ServerIT {

    private static JsonObject problem(int status, String type, HttpResponse<String> response) {
        expect(status, response);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "no stack trace: " + response.body());
        JsonObject problem = Http.object(response);
        assertEquals("urn:neascn:problem:" + type, problem.getString("type"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        return problem;
    }

    @Test
    void malformedJsonIsBadRequest() {
        problem(400, "malformed-json", secretariat().post(API + "members", "{\"id\": \"broken\", "));
    }

    @Test
    void valueOfTheWrongTypeIsBadRequest() {
        problem(400, "unreadable-body", secretariat().post(API + "members",
                with(load("member"), "id", unique("wrong-type"), "population", "many").toString()));
    }

    @Test
    void unknownFieldIsBadRequest() {
        problem(400, "unreadable-body", secretariat().post(API + "members",
                with(load("member"), "id", unique("unknown-field"), "mayor", "nobody").toString()));
    }

    @Test
    void valueBreakingADomainRuleIsUnprocessableAndNamesTheField() {
        JsonObject problem = problem(422, "validation", secretariat().post(API + "members",
                with(load("member"), "id", unique("negative"), "population", -5).toString()));
        assertEquals("population", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void invalidIdentifierInsideTheBodyNamesTheField() {
        JsonObject problem = problem(422, "validation", secretariat().post(API + "members",
                with(load("member"), "id", "Not An Id!").toString()));
        assertEquals("id", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void recordOfAnotherNetworkThanThePathIsUnprocessable() {
        JsonObject problem = problem(422, "validation", secretariat().post(API + "members",
                with(load("member"), "id", unique("elsewhere"), "network", "ascn").toString()));
        assertEquals("network", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void bodyAboveOneMebibyteIsTooLarge() {
        String huge = with(load("member"), "id", unique("huge"), "padding", "x".repeat(1_100_000)).toString();
        problem(413, "body-too-large", secretariat().post(API + "members", huge));
    }

    @Test
    void emptyBodyIsBadRequest() {
        problem(400, "malformed-json", secretariat().send("POST", API + "members", ""));
    }

    @Test
    void unknownRecordIsNotFound() {
        problem(404, "not-found", anonymous().get(API + "members/atlantis"));
    }

    @Test
    void identifierOfTheWrongShapeIsNotFound() {
        problem(404, "not-found", anonymous().get(API + "projects/NOT%20AN%20ID"));
    }

    @Test
    void unknownNetworkIsNotFound() {
        problem(404, "not-found", anonymous().get("api/v1/networks/atlantis/members"));
    }

    @Test
    void unknownAddressUnderTheApiIsNotFound() {
        problem(404, "not-found", anonymous().get("api/v1/networks/neascn/spaceships"));
    }

    @Test
    void unsupportedMethodIsAProblemToo() {
        HttpResponse<String> response = secretariat().send("PATCH", API + "members/shanghai", "{}");
        assertEquals(405, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void secondRecordWithTheSameIdentifierIsConflict() {
        String body = with(load("member"), "id", unique("twice")).toString();
        expect(201, secretariat().post(API + "members", body));
        problem(409, "duplicate", secretariat().post(API + "members", body));
    }

    @Test
    void unknownFilterIsBadRequestNamingTheParameter() {
        JsonObject problem = problem(400, "invalid-query", anonymous().get(API + "projects?colour=red"));
        assertEquals("colour", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownStageIsBadRequest() {
        problem(400, "invalid-query", anonymous().get(API + "projects?stage=DAYDREAM"));
    }

    @Test
    void limitOutOfRangeIsBadRequest() {
        problem(400, "invalid-query", anonymous().get(API + "projects?limit=100000"));
        problem(400, "invalid-query", anonymous().get(API + "projects?offset=minus-one"));
    }

    @Test
    void unknownSortKeyIsBadRequest() {
        problem(400, "invalid-query", anonymous().get(API + "members?sort=shoeSize"));
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        HttpResponse<String> response = secretariat().send("POST", API + "members", "id=x", "Content-Type", "text/plain");
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }
}
