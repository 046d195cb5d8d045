package org.neascn.server.api.problem;

/** A request body beyond the API's documented limit. */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(String message) {
        super(message);
    }
}
