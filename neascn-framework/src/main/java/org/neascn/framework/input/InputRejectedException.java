package org.neascn.framework.input;

import java.util.List;

/**
 * A request body refused with every error found in it. The {@link Kind} says how far reading
 * got: a server answers a malformed body and a body of the wrong shape differently from one
 * whose values break a domain rule.
 */
public class InputRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How far the body got. */
    public enum Kind {
        /** Not well-formed JSON, or text that no JSON value of the domain may carry. */
        MALFORMED,
        /** JSON that does not have the shape of the resource. */
        SHAPE,
        /** The right shape, but values that break the domain's rules. */
        INVALID
    }

    private final Kind kind;
    private final transient List<InputError> errors;

    public InputRejectedException(Kind kind, List<InputError> errors) {
        super(summary(errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one error");
        }
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public Kind kind() {
        return kind;
    }

    /** Every error found, in the order of the body. */
    public List<InputError> errors() {
        return errors;
    }

    private static String summary(List<InputError> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        InputError first = errors.get(0);
        return first.path() + ": " + first.rule() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
}
