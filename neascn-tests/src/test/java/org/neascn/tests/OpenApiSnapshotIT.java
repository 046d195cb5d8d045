package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The web application's API types are generated from a snapshot of the served OpenAPI document
 * ({@code neascn-web/openapi/openapi.json}); this test fails when the server's document differs
 * from that snapshot, so that a contract change reaches the application's type check instead of
 * its users. After an intended API change, refresh the snapshot (then rebuild: the web build
 * fails where the application no longer fits the API):
 *
 * <pre>mvn -B -ntp -pl neascn-tests -am verify -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiSnapshotIT -Dneascn.openapi.refresh=true -Dneascn.web.skip</pre>
 */
class OpenApiSnapshotIT extends ServerIT {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Test
    void servedDocumentIsTheSnapshotTheWebApplicationIsBuiltFrom() throws IOException {
        HttpResponse<String> response = expect(200, anonymous().get("openapi?format=JSON"));
        JsonValue served = contract(canonical(Json.createReader(new StringReader(response.body())).read()));
        Path snapshot = Path.of(System.getProperty("neascn.web.dir", "../neascn-web"), "openapi", "openapi.json");
        if (Boolean.getBoolean("neascn.openapi.refresh")) {
            Files.writeString(snapshot, write(served), StandardCharsets.UTF_8);
            return;
        }
        JsonValue kept = contract(canonical(Json.createReader(new StringReader(Files.readString(snapshot, StandardCharsets.UTF_8))).read()));
        if (!kept.equals(served)) {
            List<String> differences = new ArrayList<>();
            differences(kept, served, "", differences);
            fail("The served /openapi differs from " + snapshot.normalize() + " at " + differences.subList(0, Math.min(20, differences.size()))
                    + (differences.size() > 20 ? " and " + (differences.size() - 20) + " more" : "")
                    + ". If the change is intended, refresh the snapshot with -Dneascn.openapi.refresh=true (see this test's Javadoc) and rebuild.");
        }
        assertEquals(kept, served);
    }

    /**
     * The document without its `servers`: they say where this run's server listened (its ports
     * differ between checkouts and machines), nothing of the contract the application is built on.
     */
    private static JsonValue contract(JsonValue document) {
        return Json.createObjectBuilder((JsonObject) document).remove("servers").build();
    }

    /** Keys in order, so that the snapshot's diff shows what changed rather than where. */
    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            new TreeMap<>(object).forEach((k, v) -> builder.add(k, canonical(v)));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(v -> builder.add(canonical(v)));
            return builder.build();
        }
        return value;
    }

    private static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        PRETTY.createWriter(out).write((JsonStructure) value);
        return out.toString().strip() + "\n";
    }

    private static void differences(JsonValue kept, JsonValue served, String path, List<String> out) {
        if (kept instanceof JsonObject a && served instanceof JsonObject b) {
            new TreeMap<>(a).keySet().forEach(k -> {
                if (!b.containsKey(k)) {
                    out.add("-" + path + "/" + k);
                } else {
                    differences(a.get(k), b.get(k), path + "/" + k, out);
                }
            });
            b.keySet().stream().filter(k -> !a.containsKey(k)).sorted().forEach(k -> out.add("+" + path + "/" + k));
        } else if (!kept.equals(served)) {
            out.add("~" + path);
        }
    }
}
