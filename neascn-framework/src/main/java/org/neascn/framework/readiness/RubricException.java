package org.neascn.framework.readiness;

/** Raised when a rubric file is missing, not JSON, or breaks a rule of a rubric or criterion. */
public class RubricException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RubricException(String message, Throwable cause) {
        super(message, cause);
    }
}
