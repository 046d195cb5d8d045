package org.neascn.model.taxonomy;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** The code of a focus area in a network's taxonomy, such as {@code quality-environment}. */
@JsonbTypeAdapter(FocusAreaCode.Json.class)
public record FocusAreaCode(String value) {

    public FocusAreaCode {
        Identifier.check(value, "focusArea");
    }

    public static FocusAreaCode of(String value) {
        return new FocusAreaCode(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare code. */
    public static final class Json extends StringValueAdapter<FocusAreaCode> {
        public Json() {
            super(FocusAreaCode::new, FocusAreaCode::value);
        }
    }
}
