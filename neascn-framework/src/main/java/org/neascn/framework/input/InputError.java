package org.neascn.framework.input;

import java.util.List;

/**
 * One thing wrong with a request body.
 *
 * @param path     the full JSON path of the offending value ({@code targets[2].indicators[0].unit});
 *                 {@code body} for the body as a whole
 * @param rule     what is wrong, in words a person can act on
 * @param expected for a value of the wrong JSON type, what was expected ("text", "whole number"), else null
 * @param allowed  for a value outside a closed list (an enum), every allowed value, else null
 */
public record InputError(String path, String rule, String expected, List<String> allowed) {

    public InputError {
        allowed = allowed == null ? null : List.copyOf(allowed);
    }

    public static InputError of(String path, String rule) {
        return new InputError(path, rule, null, null);
    }
}
