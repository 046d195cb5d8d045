package org.neascn.server.register;

import java.util.function.UnaryOperator;

/**
 * A list filter a register offers: a query parameter, the row attribute it constrains, and
 * how it matches. {@code check} validates and normalises the value (an unknown stage is a
 * client error naming the parameter, not an empty list).
 */
public record Filter(String parameter, String attribute, Match match, UnaryOperator<String> check) {

    /** How a parameter's value meets the column. */
    public enum Match {
        /** The column equals the value. */
        EXACT,
        /** The column holds {@code |value|} among other tokens (focus areas, roles). */
        TOKEN
    }

    public static Filter exact(String parameter, String attribute, UnaryOperator<String> check) {
        return new Filter(parameter, attribute, Match.EXACT, check);
    }

    public static Filter token(String parameter, String attribute, UnaryOperator<String> check) {
        return new Filter(parameter, attribute, Match.TOKEN, check);
    }
}
