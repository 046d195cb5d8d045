package org.neascn.model.taxonomy;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.StringValueAdapter;

/** The code of an indicator in the catalogue, such as {@code U4SSC-EC-ICT-ICT-1C}. */
@JsonbTypeAdapter(IndicatorCode.Json.class)
public record IndicatorCode(String value) {

    public static final String PATTERN = "^[A-Z0-9]+([-.][A-Z0-9]+)*$";
    public static final int MAX_LENGTH = 60;

    public IndicatorCode {
        if (value == null || !value.matches(PATTERN) || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("indicatorCode",
                    "'" + value + "' is not an indicator code: upper-case letters and digits separated by '-' or '.'");
        }
    }

    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare code. */
    public static final class Json extends StringValueAdapter<IndicatorCode> {
        public Json() {
            super(IndicatorCode::new, IndicatorCode::value);
        }
    }
}
