package org.neascn.server.api;

import org.neascn.server.register.InvalidQueryException;

/** Reads query parameters of the analyses: a 400 names the parameter, never a 500 or a silent default. */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    public static int whole(String parameter, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        if (!value.strip().matches("[0-9]{1,9}")) {
            throw new InvalidQueryException(parameter, "'" + value + "' is not a whole number");
        }
        return Integer.parseInt(value.strip());
    }

    public static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException(parameter, "is required");
        }
        return value.strip();
    }
}
