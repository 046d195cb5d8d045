package org.neascn.model.shared;

/**
 * Raised when a domain value is built from data that breaks one of its rules. It names the
 * field (a path such as {@code targets[2].indicators[0].target.year}) and the rule, so a
 * person can correct the input without reading code.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public InvalidValueException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The path of the offending field, outermost first. */
    public String field() {
        return field;
    }

    /** The rule the value broke, in words a person understands. */
    public String rule() {
        return rule;
    }

    /** The same violation seen from an enclosing value: {@code targets[2]} + {@code text}. */
    public InvalidValueException within(String outerField) {
        InvalidValueException outer = new InvalidValueException(outerField + "." + field, rule);
        outer.setStackTrace(getStackTrace());
        return outer;
    }
}
