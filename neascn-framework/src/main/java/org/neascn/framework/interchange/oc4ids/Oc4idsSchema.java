package org.neascn.framework.interchange.oc4ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.neascn.framework.interchange.SchemaViolationException;

/**
 * The official OC4IDS 0.9 project schema (JSON Schema draft 4), shipped with this library
 * and checked with a JSON Schema validator. Its references are all internal, so validation
 * never reaches the network.
 */
public final class Oc4idsSchema {

    private static final String RESOURCE = "/org/neascn/framework/interchange/oc4ids/project-schema.json";
    private static volatile JsonSchema schema;

    private Oc4idsSchema() {
    }

    /** Checks one project; throws with every violation found. */
    public static void validateProject(JsonNode project, String what) {
        Set<ValidationMessage> messages = schema().validate(project);
        if (!messages.isEmpty()) {
            List<String> violations = messages.stream().map(ValidationMessage::getMessage).sorted().toList();
            throw new SchemaViolationException(what, violations);
        }
    }

    private static JsonSchema schema() {
        JsonSchema loaded = schema;
        if (loaded == null) {
            synchronized (Oc4idsSchema.class) {
                if (schema == null) {
                    try (InputStream in = Oc4idsSchema.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IOException(RESOURCE + " is missing from the library");
                        }
                        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
                    } catch (IOException e) {
                        throw new UncheckedIOException("the OC4IDS schema cannot be read", e);
                    }
                }
                loaded = schema;
            }
        }
        return loaded;
    }
}
