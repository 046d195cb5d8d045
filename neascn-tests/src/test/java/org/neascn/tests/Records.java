package org.neascn.tests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sample records as a client would send them, read from {@code records/*.json}, with single
 * fields replaced for a test.
 */
public final class Records {

    private Records() {
    }

    public static JsonObject load(String name) {
        try (InputStream in = Records.class.getResourceAsStream("/records/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No sample record " + name);
            }
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record with these fields replaced: pairs of name and value (String, Number, Boolean or JsonValue). */
    public static JsonObject with(JsonObject record, Object... fieldsAndValues) {
        JsonObjectBuilder copy = Json.createObjectBuilder(record);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String field = (String) fieldsAndValues[i];
            Object value = fieldsAndValues[i + 1];
            if (value == null) {
                copy.remove(field);
            } else if (value instanceof String) {
                copy.add(field, (String) value);
            } else if (value instanceof Integer || value instanceof Long) {
                copy.add(field, ((Number) value).longValue());
            } else if (value instanceof Boolean) {
                copy.add(field, (Boolean) value);
            } else {
                copy.add(field, (JsonValue) value);
            }
        }
        return copy.build();
    }

    /** A multilingual text in one language. */
    public static JsonObject text(String language, String text) {
        return Json.createObjectBuilder().add("original", language)
                .add("texts", Json.createObjectBuilder().add(language, text)).build();
    }

    public static JsonValue strings(String... values) {
        var array = Json.createArrayBuilder();
        for (String v : values) {
            array.add(v);
        }
        return array.build();
    }
}
