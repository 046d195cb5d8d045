package org.neascn.framework.financing;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of one financier rule for one project, and why. The reason is written in the
 * words a finance officer uses ("RU is not on the list of ADB borrowing members ..."). It is
 * composed when first read: a matching run over a large pipeline reads few of them.
 */
public final class RuleCheck {

    /** How a project stands against a rule. */
    public enum Outcome {
        MET,
        /** The data needed to decide is missing (a country outside a list's coverage, no rate). */
        NOT_KNOWN,
        FAILED
    }

    private final String rule;
    private final Outcome outcome;
    private final int fit;
    private Supplier<String> explanation;
    private String reason;

    /**
     * @param rule the rule's name: {@code country:adb-borrowing-member}, {@code stage},
     *             {@code instrument}, {@code focus-area}, {@code sector}, {@code ticket-size}
     * @param fit  how much a met rule says about fit: 2 for a specific match (a focus area the
     *             financier names), 1 for a rule met because the financier accepts any, 0 otherwise
     */
    RuleCheck(String rule, Outcome outcome, int fit, Supplier<String> explanation) {
        this.rule = rule;
        this.outcome = outcome;
        this.fit = outcome == Outcome.MET ? fit : 0;
        this.explanation = explanation;
    }

    public String rule() {
        return rule;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int fit() {
        return fit;
    }

    public synchronized String reason() {
        if (reason == null) {
            reason = explanation.get();
            explanation = null;
        }
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleCheck other && rule.equals(other.rule) && outcome == other.outcome
                && reason().equals(other.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, outcome);
    }

    @Override
    public String toString() {
        return rule + " " + outcome + ": " + reason();
    }
}
