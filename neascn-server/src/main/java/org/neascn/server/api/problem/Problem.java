package org.neascn.server.api.problem;

import java.util.List;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): a stable {@code type}
 * that clients branch on, a human {@code title} and {@code detail}, and for invalid input the
 * offending fields with their messages.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field (a path such as {@code targets[2].indicators[0].target.year}) and its rule;
     * for a value of the wrong type what was expected, for a value outside a closed list every
     * allowed value (both absent otherwise).
     */
    public record FieldError(String field, String message, String expected, List<String> allowed) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }
}
