package org.neascn.server.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;

/** Validators for filter values: the same rules the domain applies, named for the parameter. */
final class Checks {

    private Checks() {
    }

    static <E extends Enum<E>> UnaryOperator<String> oneOf(Class<E> type, String parameter) {
        return value -> {
            String upper = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                return Enum.valueOf(type, upper).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException(parameter, "'" + value + "' is not one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        };
    }

    static UnaryOperator<String> identifier(String parameter) {
        return value -> {
            try {
                return Identifier.check(value, parameter);
            } catch (InvalidValueException e) {
                throw new InvalidQueryException(parameter, e.rule());
            }
        };
    }

    static UnaryOperator<String> country(String parameter) {
        return value -> {
            try {
                return CountryCode.of(value.toUpperCase(Locale.ROOT)).value();
            } catch (InvalidValueException e) {
                throw new InvalidQueryException(parameter, e.rule());
            }
        };
    }

    static UnaryOperator<String> anyText() {
        return String::strip;
    }

    /** Several values in one column, each between bars so that a LIKE finds a whole token. */
    static String tokens(java.util.Collection<?> values) {
        StringBuilder joined = new StringBuilder("|");
        values.stream().map(String::valueOf).sorted().forEach(v -> joined.append(v).append('|'));
        return joined.toString();
    }
}
