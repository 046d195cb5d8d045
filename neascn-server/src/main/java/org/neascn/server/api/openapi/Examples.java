package org.neascn.server.api.openapi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every JSON body, built from its schema: each value type's own example (the
 * identifiers' and codes' come from {@link ValueSchemas}), an enumeration's first constant,
 * a value of the declared format. Built rather than written by hand, so an example cannot
 * drift from the schema it illustrates; a body whose schema asks for a pattern no example
 * meets gets none rather than an invalid one.
 */
final class Examples {

    /** Deep enough for every record of the domain; cycles (a schema naming itself) stop here. */
    private static final int MAX_DEPTH = 8;

    private final Map<String, Schema> schemas;

    Examples(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    void fill(MediaType media) {
        if (media == null || media.getSchema() == null || media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())) {
            return;
        }
        Object example = of(media.getSchema(), "", 0, new HashSet<>());
        if (example != null) {
            media.setExample(example);
        }
    }

    private Object of(Schema schema, String property, int depth, Set<String> path) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (!path.add(name)) {
                return null;
            }
            try {
                return of(schemas.get(name), property, depth + 1, path);
            } finally {
                path.remove(name);
            }
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    if (!isNull(choice)) {
                        return of(choice, property, depth + 1, path);
                    }
                }
            }
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return of(schema.getAllOf().get(0), property, depth + 1, path);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            return object(schema, property, depth, path);
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = of(schema.getItems(), property, depth + 1, path);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return string(schema, property);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().toBigInteger() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : new BigDecimal("1.5");
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return false;
        }
        return null;
    }

    private Object object(Schema schema, String property, int depth, Set<String> path) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                Object value = of(p.getValue(), p.getKey(), depth + 1, path);
                if (value != null) {
                    out.put(p.getKey(), value);
                } else if (required.contains(p.getKey())) {
                    return null;
                }
            }
        }
        if (schema.getAdditionalPropertiesSchema() != null && out.isEmpty()) {
            Object value = of(schema.getAdditionalPropertiesSchema(), property, depth + 1, path);
            if (value != null) {
                // A map keyed by language (a multilingual text's texts) is the common case.
                out.put("en", value);
            }
        }
        return out;
    }

    private static Object string(Schema schema, String property) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "date":
                return "2026-03-01";
            case "date-time":
                return "2026-03-01T09:00:00Z";
            case "uri":
            case "url":
                return "https://www.example.org/feasibility-study.pdf";
            case "email":
                return "officer@example.org";
            default:
                String text = property.toLowerCase(java.util.Locale.ROOT).contains("language") ? "mn"
                        : "Ulaanbaatar district heating";
                int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
                int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
                boolean fits = text.length() >= min && text.length() <= max && (schema.getPattern() == null
                        || java.util.regex.Pattern.compile(schema.getPattern()).matcher(text).find());
                return fits ? text : null;
        }
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
