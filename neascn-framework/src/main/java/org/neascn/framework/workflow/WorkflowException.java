package org.neascn.framework.workflow;

import java.util.Objects;

/**
 * A refused workflow operation. It names the rule that refused it with a stable code
 * ({@code scap.publish.requires-targets}), the state the record was in, and a message a
 * person can act on, so that a server can answer with a problem+json body without parsing
 * text. Nothing has changed when it is thrown.
 */
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Why the operation was refused, which a server maps to its status code: the actor may
     * not do it (403), the record is in the wrong state for it (409), or the request itself
     * breaks a rule whatever the state (422).
     */
    public enum Refusal { FORBIDDEN, CONFLICT, UNPROCESSABLE }

    private final String rule;
    private final String state;
    private final Refusal refusal;

    public WorkflowException(Refusal refusal, String rule, String state, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.state = Objects.requireNonNull(state, "state");
    }

    public static WorkflowException forbidden(String rule, Object state, String message) {
        return new WorkflowException(Refusal.FORBIDDEN, rule, String.valueOf(state), message);
    }

    public static WorkflowException conflict(String rule, Object state, String message) {
        return new WorkflowException(Refusal.CONFLICT, rule, String.valueOf(state), message);
    }

    public static WorkflowException unprocessable(String rule, Object state, String message) {
        return new WorkflowException(Refusal.UNPROCESSABLE, rule, String.valueOf(state), message);
    }

    /** The stable code of the rule that refused the operation. */
    public String rule() {
        return rule;
    }

    /** The state of the record when the operation was refused ({@code PUBLISHED}). */
    public String state() {
        return state;
    }

    public Refusal refusal() {
        return refusal;
    }
}
