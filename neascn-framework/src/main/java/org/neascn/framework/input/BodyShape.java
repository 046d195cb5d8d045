package org.neascn.framework.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The second pass: the JSON has the shape of the type it becomes, and its texts the lengths of
 * their fields. It speaks JSON, not Java: an error names the path, what JSON was expected there
 * ("text", "whole number", "list") and, for a closed list, every allowed value; no class name of
 * the server ever reaches a client. Types it does not know (none in the domain today) are left to
 * the binding pass.
 */
final class BodyShape {

    /** Values that travel as text and are parsed from it; the rule says what the text must be. */
    private record TextValue(String expected, Function<String, ?> parse) {
    }

    private static final Map<Class<?>, TextValue> TEXT_VALUES = Map.of(
            LocalDate.class, new TextValue("a date (YYYY-MM-DD)", LocalDate::parse),
            Instant.class, new TextValue("an instant (2026-03-01T09:30:00Z)", Instant::parse),
            URI.class, new TextValue("an address (https://…)", BodyShape::uri));

    private final List<InputError> shape;
    private final List<InputError> values;

    private BodyShape(List<InputError> shape, List<InputError> values) {
        this.shape = shape;
        this.values = values;
    }

    /** Adds to {@code shape} what does not fit the type and to {@code values} the texts too long for their field. */
    static void check(JsonValue body, Type type, List<InputError> shape, List<InputError> values) {
        if (body.getValueType() == JsonValue.ValueType.NULL) {
            shape.add(new InputError(JsonPath.ROOT, "must be a JSON value, not null", "an object", null));
            return;
        }
        new BodyShape(shape, values).walk(body, type, JsonPath.ROOT, "");
    }

    private void walk(JsonValue json, Type type, String path, String field) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                shape.add(new InputError(path, "is required", expected(c), null));
            }
            return; // absent: whether that is allowed is the record's own rule
        }
        Class<?> raw = raw(type);
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return;
        }
        if (raw == String.class || raw.isAnnotationPresent(JsonbTypeAdapter.class)) {
            text(json, path, field, null);
        } else if (raw.isEnum()) {
            enumValue(json, raw, path);
        } else if (TEXT_VALUES.containsKey(raw)) {
            text(json, path, field, TEXT_VALUES.get(raw));
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (json != JsonValue.TRUE && json != JsonValue.FALSE) {
                wrongType(path, "true or false", json);
            }
        } else if (isWhole(raw)) {
            whole(json, raw, path);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            if (!(json instanceof JsonNumber)) {
                wrongType(path, "a number", json);
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            list(json, argument(type, 0), path, field);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(json, argument(type, 1), path, field);
        } else if (raw == Optional.class) {
            walk(json, argument(type, 0), path, field);
        } else if (raw.isRecord()) {
            record(json, raw, path, field);
        }
    }

    private void record(JsonValue json, Class<?> type, String path, String field) {
        if (!(json instanceof JsonObject object)) {
            wrongType(path, "an object", json);
            return;
        }
        RecordComponent[] components = type.getRecordComponents();
        for (String key : object.keySet()) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(key))) {
                shape.add(new InputError(JsonPath.field(path, key), "is not a field here", null,
                        Arrays.stream(components).map(RecordComponent::getName).toList()));
            }
        }
        // A text in several languages is one field in the language of the domain: its texts are
        // held to the limits of the field that holds it ("name"), not of "texts".
        boolean transparent = type.getSimpleName().equals("LocalizedText");
        for (RecordComponent component : components) {
            JsonValue value = object.get(component.getName());
            if (value != null) {
                walk(value, component.getGenericType(), JsonPath.field(path, component.getName()),
                        transparent ? field : component.getName());
            }
        }
    }

    private void list(JsonValue json, Type element, String path, String field) {
        if (!(json instanceof JsonArray array)) {
            wrongType(path, "a list", json);
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            walk(array.get(i), element, JsonPath.index(path, i), field);
        }
    }

    private void map(JsonValue json, Type value, String path, String field) {
        if (!(json instanceof JsonObject object)) {
            wrongType(path, "an object", json);
            return;
        }
        object.forEach((key, entry) -> walk(entry, value, JsonPath.key(path, key), field));
    }

    private void text(JsonValue json, String path, String field, TextValue parsed) {
        if (!(json instanceof JsonString string)) {
            wrongType(path, parsed == null ? "text" : parsed.expected(), json);
            return;
        }
        TextRules.check(string.getString(), path, field, values);
        if (parsed != null) {
            try {
                parsed.parse().apply(string.getString());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                shape.add(new InputError(path, "'" + abbreviated(string.getString()) + "' is not " + parsed.expected(),
                        parsed.expected(), null));
            }
        }
    }

    private void enumValue(JsonValue json, Class<?> type, String path) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(json instanceof JsonString string)) {
            shape.add(new InputError(path, "must be one of " + allowed + ", given as text (was " + describe(json) + ")",
                    "one of the allowed values", allowed));
        } else if (!allowed.contains(string.getString())) {
            shape.add(new InputError(path, "'" + abbreviated(string.getString()) + "' is not one of " + allowed,
                    "one of the allowed values", allowed));
        }
    }

    private void whole(JsonValue json, Class<?> type, String path) {
        if (!(json instanceof JsonNumber number)) {
            wrongType(path, expected(type), json);
            return;
        }
        BigDecimal value = number.bigDecimalValue();
        boolean integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        long max = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long min = type == int.class || type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
        if (!integral || value.compareTo(BigDecimal.valueOf(max)) > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0) {
            shape.add(new InputError(path, "must be a whole number between " + min + " and " + max
                    + " (was " + abbreviated(number.toString()) + ")", "a whole number", null));
        }
    }

    private void wrongType(String path, String expected, JsonValue json) {
        shape.add(new InputError(path, "must be " + expected + " (was " + describe(json) + ")", expected, null));
    }

    private static boolean isWhole(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    private static String expected(Class<?> type) {
        if (type == boolean.class) {
            return "true or false";
        }
        return isWhole(type) ? "a whole number" : "a number";
    }

    /** The JSON type of a value, as a person writing JSON knows it. */
    private static String describe(JsonValue json) {
        switch (json.getValueType()) {
            case STRING: return "text";
            case NUMBER: return "a number";
            case TRUE: case FALSE: return "true or false";
            case ARRAY: return "a list";
            case OBJECT: return "an object";
            default: return "null";
        }
    }

    private static Object uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getReason());
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}
