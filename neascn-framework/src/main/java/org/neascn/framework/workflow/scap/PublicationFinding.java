package org.neascn.framework.workflow.scap;

import org.neascn.model.shared.Require;

/**
 * A reason a plan is not ready to publish: the rule's stable code, the field it concerns
 * ({@code targets[air-quality].indicators}) and what to do about it.
 */
public record PublicationFinding(String rule, String field, String message) {

    public PublicationFinding {
        rule = Require.text(rule, "rule");
        field = Require.text(field, "field");
        message = Require.text(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message + " (" + rule + ")";
    }
}
