package org.neascn.framework.readiness;

import jakarta.json.bind.Jsonb;
import java.io.InputStream;
import java.util.function.BiFunction;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.shared.InvalidValueException;

/**
 * Reads one JSON data file of the framework (a rubric, a taxonomy) into its record, with the
 * domain's own message when a value breaks a rule rather than the binding library's wrapper.
 * Public so that the framework's other data files share one reader.
 */
public final class JsonFile {

    private JsonFile() {
    }

    public static <T, E extends RuntimeException> T read(InputStream in, String where, Class<T> type,
            BiFunction<String, Throwable, E> error) {
        if (in == null) {
            throw error.apply(where + ": the file is missing", null);
        }
        try (Jsonb jsonb = NeascnJson.create()) {
            T value = jsonb.fromJson(in, type);
            if (value != null) {
                return value;
            }
        } catch (RuntimeException e) {
            throw error.apply(where + ": " + explain(e), e);
        } catch (Exception e) {
            throw error.apply(where + ": " + e.getMessage(), e);
        }
        throw error.apply(where + ": the file is empty", null);
    }

    private static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return "field " + invalid.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
