package org.neascn.model.shared;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.Locale;
import java.util.Set;

/**
 * A country as an ISO 3166-1 alpha-2 code: CN, JP, KR, KP, RU, MN. Only codes that ISO
 * currently assigns are accepted, in upper case; {@code kr} is rejected rather than guessed.
 */
@JsonbTypeAdapter(CountryCode.Json.class)
public record CountryCode(String value) implements Comparable<CountryCode> {

    /** The shape of every code; only the codes ISO assigns today are accepted. */
    public static final String PATTERN = "^[A-Z]{2}$";
    private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (value == null || !ASSIGNED.contains(value)) {
            throw new InvalidValueException("country",
                    "'" + value + "' is not an ISO 3166-1 alpha-2 country code such as KR, MN or RU");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare code. */
    public static final class Json extends StringValueAdapter<CountryCode> {
        public Json() {
            super(CountryCode::new, CountryCode::value);
        }
    }
}
