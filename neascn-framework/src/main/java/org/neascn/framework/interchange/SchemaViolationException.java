package org.neascn.framework.interchange;

import java.util.List;

/**
 * An export that the official schema (IATI XSD, OC4IDS JSON Schema) does not accept. It is
 * never sent: a record that cannot be expressed validly is a defect to fix, not a file to
 * hand a financier.
 */
public class SchemaViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> violations;

    public SchemaViolationException(String what, List<String> violations) {
        super(what + " does not conform to its schema: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
