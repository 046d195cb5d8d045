package org.neascn.framework.readiness;

import org.neascn.model.shared.Require;

/**
 * Something in a project's data that a person must look at: a missing amount, a contradiction
 * (secured funding above the total cost, a stage the evidence does not support), a figure that
 * could not be computed. Findings never stop an assessment; they travel with it.
 *
 * @param field the project field concerned, as a path ({@code totalCost}, {@code funding[1].amount})
 */
public record Finding(Severity severity, String field, String message) {

    /** How much a finding undermines the figures it touches. */
    public enum Severity {
        /** The data contradicts itself; figures built on it are wrong until corrected. */
        CONTRADICTION,
        /** Data is missing; some figures could not be computed. */
        MISSING,
        /** Worth a look; nothing was computed wrongly. */
        NOTE
    }

    public Finding {
        Require.present(severity, "severity");
        field = Require.text(field, "field");
        message = Require.text(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + field + ": " + message;
    }
}
