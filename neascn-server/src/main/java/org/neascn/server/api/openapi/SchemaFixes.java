package org.neascn.server.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Corrections of what the scanner infers from the model, so the schemas say what the server
 * reads and writes:
 * <ul>
 * <li>A property read through a {@code @JsonbTransient} convenience method (a document's
 *     {@code isCompleted()}) is marked writeOnly by the scanner, yet JSON-B returns the record
 *     component; nothing in this API is write-only, so the mark goes.</li>
 * <li>A local date-time ({@code LocalDateTime}) travels without an offset, which RFC 3339's
 *     {@code date-time} format forbids; it is described by a pattern instead.</li>
 * <li>Required fields the model enforces without a {@code @NotNull} (a plan's version is a
 *     primitive that must be at least 1).</li>
 * <li>A multilingual text gets an example that shows what its fields mean.</li>
 * </ul>
 */
final class SchemaFixes {

    private static final String LOCAL_DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$";

    private static final Map<String, List<String>> REQUIRED = Map.of("Scap", List.of("version"));

    private SchemaFixes() {
    }

    static void apply(Map<String, Schema> schemas) {
        schemas.values().forEach(SchemaFixes::fix);
        REQUIRED.forEach((name, fields) -> {
            Schema schema = schemas.get(name);
            if (schema != null) {
                List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                fields.stream().filter(f -> !required.contains(f)).forEach(required::add);
                schema.setRequired(required);
            }
        });
        Schema text = schemas.get("LocalizedText");
        if (text != null && text.getExamples() == null) {
            text.setDescription("A text in one or more languages: original is the BCP 47 tag of the language it was "
                    + "written in, texts holds it and its translations by tag");
            text.setExamples(List.of(Map.of("original", "mn", "texts",
                    Map.of("mn", "Улаанбаатарын дулааны сүлжээ", "en", "Ulaanbaatar district heating"))));
        }
    }

    private static void fix(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Boolean.TRUE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if ("date-time".equals(schema.getFormat()) && schema.getExamples() != null
                && schema.getExamples().stream().anyMatch(e -> String.valueOf(e).matches(LOCAL_DATE_TIME))) {
            schema.setFormat(null);
            schema.setPattern(LOCAL_DATE_TIME);
            if (schema.getDescription() == null) {
                schema.setDescription("A local date and time, ISO 8601 without an offset (the venue's time)");
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SchemaFixes::fix);
        }
        fix(schema.getItems());
        fix(schema.getAdditionalPropertiesSchema());
        for (List<Schema> list : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (list != null) {
                list.forEach(SchemaFixes::fix);
            }
        }
    }
}
