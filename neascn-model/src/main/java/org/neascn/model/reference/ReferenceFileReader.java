package org.neascn.model.reference;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neascn.model.shared.InvalidValueException;

/**
 * Reads one reference data file: a JSON array of records. Each record is bound on its own,
 * so a broken one is reported with the file, its position, its identifier and the field.
 */
final class ReferenceFileReader {

    /** How Yasson names the property it was binding when a nested value failed. */
    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");

    /** Opens a named reference data file, or returns null when there is none. */
    interface Source {
        InputStream open(String fileName) throws IOException;

        String describe(String fileName);
    }

    private final Source source;
    private final Jsonb jsonb;
    private final Set<String> absent = new LinkedHashSet<>();

    ReferenceFileReader(Source source, Jsonb jsonb) {
        this.source = source;
        this.jsonb = jsonb;
    }

    /**
     * The records of a file; when the source has no such file, {@code absent} (recorded in
     * {@link #absent()}), or an error when that is null.
     */
    <T> List<T> read(String fileName, Class<T> type, List<T> whenAbsent) {
        String where = source.describe(fileName);
        JsonArray array = parse(fileName, where, whenAbsent != null);
        if (array == null) {
            absent.add(fileName);
            return whenAbsent;
        }
        List<T> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            try {
                records.add(jsonb.fromJson(element.toString(), type));
            } catch (RuntimeException e) {
                throw new ReferenceDataException(where + ", record #" + (i + 1) + describeRecord(element) + ": "
                        + explain(e), e);
            }
        }
        return records;
    }

    /** The files the source did not have, whose records came from elsewhere. */
    Set<String> absent() {
        return Set.copyOf(absent);
    }

    /** The file's array, or null when it is missing and may be. */
    private JsonArray parse(String fileName, String where, boolean mayBeMissing) {
        try (InputStream in = source.open(fileName)) {
            if (in == null && mayBeMissing) {
                return null;
            }
            if (in == null) {
                throw new ReferenceDataException(where + ": the file is missing");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                JsonValue value = reader.readValue();
                if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                    throw new ReferenceDataException(where + ": must hold a JSON array of records");
                }
                return value.asJsonArray();
            }
        } catch (IOException | JsonException e) {
            throw new ReferenceDataException(where + ": not readable as JSON: " + e.getMessage(), e);
        }
    }

    private static String describeRecord(JsonValue element) {
        if (element instanceof JsonObject object) {
            for (String key : List.of("id", "code", "number")) {
                JsonValue id = object.get(key);
                if (id != null) {
                    return " (" + key + " " + (id instanceof JsonString s ? s.getString() : id.toString()) + ")";
                }
            }
        }
        return "";
    }

    /**
     * The domain's own message where there is one, rather than the binding library's wrapper,
     * prefixed with the path of JSON properties that led to it ({@code headquarters},
     * {@code agenda.speakers}).
     */
    private static String explain(Throwable e) {
        StringBuilder path = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                path.append(path.length() == 0 ? "" : ".").append(property.group(1));
            }
            if (t instanceof InvalidValueException invalid) {
                return path.length() == 0 ? "field " + invalid.getMessage()
                        : "field " + path + " (" + invalid.getMessage() + ")";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return (path.length() == 0 ? "" : "field " + path + ": ") + root.getMessage();
    }
}
