package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as a client generator reads it. It also writes the document to
 * {@code target/openapi/} so that CI lints exactly what the server served ({@code .ci/run}).
 */
class OpenApiIT extends ServerIT {

    private static final List<String> VALUE_TYPES = List.of("NetworkId", "MemberId", "PartnerId", "PersonId", "ScapId",
            "ProjectId", "InitiativeId", "MeetingId", "FrameworkVersionId", "ConsultationRoundId", "FeedbackId",
            "FocusAreaCode", "CountryCode", "CurrencyCode", "SdgTargetCode", "IndicatorCode");

    private JsonObject document;

    @BeforeEach
    void readDocument() throws IOException {
        var response = expect(200, anonymous().send("GET", "openapi", null, "Accept", "application/json"));
        document = Http.object(response);
        Path out = Path.of(System.getProperty("neascn.openapi.out", "target/openapi"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("openapi.json"), response.body(), StandardCharsets.UTF_8);
    }

    private JsonObject schemas() {
        return document.getJsonObject("components").getJsonObject("schemas");
    }

    @Test
    void identifiersAndCodesAreTheStringsTheyTravelAs() {
        for (String name : VALUE_TYPES) {
            JsonObject schema = schemas().getJsonObject(name);
            assertTrue(schema != null, name + " is not in the document");
            assertEquals("string", schema.getString("type"), name + ": " + schema);
            assertFalse(schema.containsKey("properties"), name + ": " + schema);
            Pattern pattern = Pattern.compile(schema.getString("pattern"));
            JsonArray examples = schema.getJsonArray("examples");
            assertFalse(examples == null || examples.isEmpty(), name + " has no example");
            examples.getValuesAs(JsonString.class).forEach(example -> assertTrue(pattern.matcher(example.getString()).find(),
                    () -> name + ": example " + example + " does not match " + pattern));
        }
    }

    @Test
    void noSchemaDescribesAStringValueAsAnObject() {
        schemas().forEach((name, value) -> {
            JsonObject properties = value.asJsonObject().getJsonObject("properties");
            assertFalse(properties != null && properties.keySet().equals(java.util.Set.of("value")),
                    () -> name + " is documented as {value: …}; add it to the server's ValueSchemas");
        });
    }

    @Test
    void callersAuthenticateWithBearerTokensOrLocalIdentitiesOrNotAtAll() {
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        JsonObject bearer = schemes.getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
        assertEquals("JWT", bearer.getString("bearerFormat"));
        JsonObject local = schemes.getJsonObject("localIdentity");
        assertEquals("apiKey", local.getString("type"));
        assertEquals("header", local.getString("in"));
        assertEquals("Local-Identity", local.getString("name"));
        assertTrue(local.getString("description").contains("unfit for production"), local::toString);
        JsonArray security = document.getJsonArray("security");
        assertTrue(security.contains(jakarta.json.JsonValue.EMPTY_JSON_OBJECT), "anonymous reads must stay possible: " + security);
        assertEquals(3, security.size(), security::toString);
    }

    @Test
    void everyOperationHasAUniqueOperationIdAndAProblemResponse() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        operations((path, method, op) -> {
            assertTrue(op.containsKey("operationId"), () -> method + " " + path + " has no operationId");
            assertTrue(ids.add(op.getString("operationId")), () -> "operationId " + op.getString("operationId") + " twice");
            assertTrue(op.getJsonObject("responses").keySet().stream().anyMatch(code -> code.startsWith("4")),
                    () -> method + " " + path + " names no 4xx response");
        });
        expect(406, anonymous().get("api/v1/reference/countries", "Accept", "image/png"));
        assertEquals("listPlans", document.getJsonObject("paths").getJsonObject("/api/v1/networks/{network}/plans")
                .getJsonObject("get").getString("operationId"));
    }

    @Test
    void everyJsonBodyHasAnExample() {
        operations((path, method, op) -> {
            JsonObject body = op.getJsonObject("requestBody");
            if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                assertTrue(body.getJsonObject("content").getJsonObject("application/json").containsKey("example"),
                        () -> method + " " + path + ": the request body has no example");
            }
            op.getJsonObject("responses").forEach((code, response) -> {
                JsonObject content = response.asJsonObject().getJsonObject("content");
                if (content != null && content.containsKey("application/json")) {
                    assertTrue(content.getJsonObject("application/json").containsKey("example"),
                            () -> method + " " + path + " " + code + ": the response has no example");
                }
            });
        });
    }

    private interface OperationCheck {
        void check(String path, String method, JsonObject operation);
    }

    /** Every operation of the document (a path item also holds shared parameters, which are not one). */
    private void operations(OperationCheck check) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                check.check(path, method, operation.asJsonObject());
            }
        }));
    }

    @Test
    void listFiltersAreDeclaredParameters() {
        JsonArray parameters = document.getJsonObject("paths").getJsonObject("/api/v1/networks/{network}/projects")
                .getJsonObject("get").getJsonArray("parameters");
        java.util.Set<String> names = new java.util.HashSet<>();
        parameters.forEach(p -> names.add(p.asJsonObject().getString("name")));
        assertTrue(names.containsAll(List.of("member", "plan", "stage", "country", "financingStatus", "focusArea", "q", "sort")),
                names::toString);
    }

    @Test
    void schemasRequireWhatTheServerRequiresAndHideNothingItReturns() {
        assertTrue(schemas().getJsonObject("Scap").getJsonArray("required").contains(Json.createValue("version")));
        assertFalse(document.toString().contains("\"writeOnly\""), "a returned field is marked writeOnly");
        assertTrue(schemas().getJsonObject("ScreeningResult").getJsonObject("properties").containsKey("flagged"));
    }
}
