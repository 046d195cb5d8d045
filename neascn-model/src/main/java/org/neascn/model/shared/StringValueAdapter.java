package org.neascn.model.shared;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.function.Function;

/**
 * Lets a single-string value (an identifier, a code) travel in JSON as the bare string, so
 * {@code "KR"} rather than {@code {"value":"KR"}}. Reading goes through the value's
 * constructor, so JSON can never build an invalid value.
 */
public abstract class StringValueAdapter<T> implements JsonbAdapter<T, String> {

    private final Function<String, T> reader;
    private final Function<T, String> writer;

    protected StringValueAdapter(Function<String, T> reader, Function<T, String> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public String adaptToJson(T value) {
        return writer.apply(value);
    }

    @Override
    public T adaptFromJson(String json) {
        return reader.apply(json);
    }
}
