package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
