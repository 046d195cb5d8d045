package org.neascn.framework.workflow.history;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.neascn.model.reference.NeascnJson;

/**
 * The field-level differences between two versions of any record, read from their JSON
 * form (the same JSON-B mapping the API speaks), so one rule serves plans, initiatives,
 * framework versions and whatever comes next.
 *
 * <p>How lists are compared, so that paths stay readable and stable across edits:
 * <ul>
 * <li>a list whose elements are all objects with a unique {@code key} (or {@code id}) is
 *     matched by that key: {@code targets[air-quality].indicators[pm25].baseline.value};
 *     reordering such a list is not a change of its elements;</li>
 * <li>a list of plain values (focus areas, SDG targets, project ids) is compared as a
 *     collection: each value added or removed is one change at {@code focusAreas[value]};
 *     order is not compared, because most such lists are sets whose order a store need not
 *     keep, and a reordering reported as a change would be noise;</li>
 * <li>any other list is compared position by position: {@code resources[2].title}.</li>
 * </ul>
 * Numbers are compared by value (1.0 equals 1); an absent field and a null field are the same.
 */
public final class RecordDiff {

    private static final Jsonb JSONB = NeascnJson.create();
    private static final List<String> KEY_FIELDS = List.of("key", "id");

    private RecordDiff() {
    }

    /** The changes that turn {@code before} into {@code after}, outermost fields first. */
    public static List<Change> between(Object before, Object after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Change> changes = new ArrayList<>();
        compare("", tree(before), tree(after), changes);
        return List.copyOf(changes);
    }

    /** The JSON tree of a record, as the API would write it. */
    public static JsonValue tree(Object record) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(record)))) {
            return reader.readValue();
        }
    }

    private static void compare(String path, JsonValue a, JsonValue b, List<Change> out) {
        if (a instanceof JsonObject && b instanceof JsonObject) {
            compareObjects(path, (JsonObject) a, (JsonObject) b, out);
        } else if (a instanceof JsonArray && b instanceof JsonArray) {
            compareArrays(path, (JsonArray) a, (JsonArray) b, out);
        } else if (!sameValue(a, b)) {
            out.add(new Change(path, Change.Kind.CHANGED, a.toString(), b.toString()));
        }
    }

    private static void compareObjects(String path, JsonObject a, JsonObject b, List<Change> out) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            String child = path.isEmpty() ? name : path + "." + name;
            JsonValue left = present(a.get(name));
            JsonValue right = present(b.get(name));
            if (left == null && right != null) {
                out.add(new Change(child, Change.Kind.ADDED, null, right.toString()));
            } else if (left != null && right == null) {
                out.add(new Change(child, Change.Kind.REMOVED, left.toString(), null));
            } else if (left != null) {
                compare(child, left, right, out);
            }
        }
    }

    private static void compareArrays(String path, JsonArray a, JsonArray b, List<Change> out) {
        Optional<String> keyField = commonKeyField(a, b);
        if (keyField.isPresent()) {
            compareKeyed(path, keyed(a, keyField.get()), keyed(b, keyField.get()), out);
        } else if (allPlain(a) && allPlain(b)) {
            comparePlain(path, a, b, out);
        } else {
            comparePositional(path, a, b, out);
        }
    }

    private static void compareKeyed(String path, Map<String, JsonValue> a, Map<String, JsonValue> b,
            List<Change> out) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            String child = path + "[" + key + "]";
            if (!b.containsKey(key)) {
                out.add(new Change(child, Change.Kind.REMOVED, a.get(key).toString(), null));
            } else if (!a.containsKey(key)) {
                out.add(new Change(child, Change.Kind.ADDED, null, b.get(key).toString()));
            } else {
                compare(child, a.get(key), b.get(key), out);
            }
        }
    }

    private static void comparePlain(String path, JsonArray a, JsonArray b, List<Change> out) {
        List<String> left = a.stream().map(RecordDiff::plainText).toList();
        List<String> right = b.stream().map(RecordDiff::plainText).toList();
        List<String> removed = new ArrayList<>(left);
        right.forEach(removed::remove);
        List<String> added = new ArrayList<>(right);
        left.forEach(added::remove);
        for (int i = 0; i < a.size(); i++) {
            if (removed.remove(left.get(i))) {
                out.add(new Change(path + "[" + left.get(i) + "]", Change.Kind.REMOVED, a.get(i).toString(), null));
            }
        }
        for (int i = 0; i < b.size(); i++) {
            if (added.remove(right.get(i))) {
                out.add(new Change(path + "[" + right.get(i) + "]", Change.Kind.ADDED, null, b.get(i).toString()));
            }
        }
    }

    private static void comparePositional(String path, JsonArray a, JsonArray b, List<Change> out) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            compare(path + "[" + i + "]", a.get(i), b.get(i), out);
        }
        for (int i = common; i < a.size(); i++) {
            out.add(new Change(path + "[" + i + "]", Change.Kind.REMOVED, a.get(i).toString(), null));
        }
        for (int i = common; i < b.size(); i++) {
            out.add(new Change(path + "[" + i + "]", Change.Kind.ADDED, null, b.get(i).toString()));
        }
    }

    /** The key field that identifies every element of both lists uniquely, if there is one. */
    private static Optional<String> commonKeyField(JsonArray a, JsonArray b) {
        if (a.isEmpty() && b.isEmpty()) {
            return Optional.empty();
        }
        for (String field : KEY_FIELDS) {
            if (keyedBy(a, field) && keyedBy(b, field)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static boolean keyedBy(JsonArray array, String field) {
        Set<String> seen = new LinkedHashSet<>();
        for (JsonValue element : array) {
            if (!(element instanceof JsonObject) || !(((JsonObject) element).get(field) instanceof JsonString)) {
                return false;
            }
            if (!seen.add(((JsonObject) element).getString(field))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonValue> keyed(JsonArray array, String field) {
        Map<String, JsonValue> byKey = new LinkedHashMap<>();
        array.forEach(element -> byKey.put(((JsonObject) element).getString(field), element));
        return byKey;
    }

    private static boolean allPlain(JsonArray array) {
        return array.stream().noneMatch(v -> v instanceof JsonObject || v instanceof JsonArray);
    }

    private static String plainText(JsonValue value) {
        return value instanceof JsonString ? ((JsonString) value).getString() : value.toString();
    }

    private static JsonValue present(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private static boolean sameValue(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber && b instanceof JsonNumber) {
            return ((JsonNumber) a).bigDecimalValue().compareTo(((JsonNumber) b).bigDecimalValue()) == 0;
        }
        return a.equals(b);
    }
}
