package org.neascn.framework.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neascn.model.shared.InvalidValueException;

/**
 * The third pass: the body becomes its record through JSON-B and the records' own constructors,
 * the domain's one statement of its rules. A constructor stops at its first broken rule and a
 * record fails as soon as one of its parts does, so when the whole body fails, its parts are
 * bound one by one, innermost first: every part that breaks a rule is reported at its full path,
 * and its siblings are still checked. A record is checked as a whole only once its parts pass.
 */
final class DomainBinding {

    private final Jsonb jsonb;
    private final List<InputError> errors = new ArrayList<>();

    private DomainBinding(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    /** The body as its type; {@code text} is the body as sent, which the passes before found well-formed. */
    static <T> T bind(Jsonb jsonb, String text, JsonValue body, Type type) {
        try {
            return jsonb.fromJson(text, type);
        } catch (RuntimeException failure) {
            DomainBinding parts = new DomainBinding(jsonb);
            parts.part(body, type, JsonPath.ROOT);
            List<InputError> found = parts.errors.isEmpty() ? List.of(error(JsonPath.ROOT, failure)) : parts.errors;
            throw new InputRejectedException(InputRejectedException.Kind.INVALID, found);
        }
    }

    /** Whether the part at this path binds; what breaks is added to the errors. */
    private boolean part(JsonValue json, Type type, String path) {
        Class<?> raw = raw(type);
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        if (raw.isAnnotationPresent(JsonbTypeAdapter.class) && json instanceof JsonString string) {
            return adapted(raw, string.getString(), path);
        }
        boolean partsBind = true;
        if (raw.isRecord() && json instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonValue value = object.get(component.getName());
                if (value != null) {
                    partsBind &= part(value, component.getGenericType(), JsonPath.field(path, component.getName()));
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) && json instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                partsBind &= part(array.get(i), argument(type, 0), JsonPath.index(path, i));
            }
            return partsBind;
        } else if (Map.class.isAssignableFrom(raw) && json instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                partsBind &= part(entry.getValue(), argument(type, 1), JsonPath.key(path, entry.getKey()));
            }
            return partsBind;
        } else {
            return true; // a plain value: its shape was checked, its rules belong to the record holding it
        }
        if (!partsBind) {
            return false;
        }
        try {
            jsonb.fromJson(json.toString(), type);
            return true;
        } catch (RuntimeException failure) {
            errors.add(error(path, failure));
            return false;
        }
    }

    /** An identifier or a code: its rule is about the text at this very path, whatever its own name for it. */
    private boolean adapted(Class<?> type, String text, String path) {
        try {
            @SuppressWarnings("unchecked")
            JsonbAdapter<Object, String> adapter = (JsonbAdapter<Object, String>) type.getAnnotation(JsonbTypeAdapter.class)
                    .value().getDeclaredConstructor().newInstance();
            adapter.adaptFromJson(text);
            return true;
        } catch (InvalidValueException e) {
            errors.add(InputError.of(path, e.rule()));
            return false;
        } catch (Exception e) {
            return true; // not an adapter this pass can run alone; the record holding it reports it
        }
    }

    /** The domain's rule behind a failure, at its full path; never the words of a Java exception. */
    private static InputError error(String path, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidValueException e) {
                return InputError.of(JsonPath.within(path, e.field()), e.rule());
            }
        }
        return InputError.of(path, failure instanceof JsonbException
                ? "cannot be read as this field's value" : "cannot be read");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? raw(p.getRawType()) : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
