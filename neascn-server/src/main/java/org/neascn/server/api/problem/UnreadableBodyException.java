package org.neascn.server.api.problem;

/** A request body that is not JSON, or JSON that cannot become the resource. */
public class UnreadableBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean malformed;

    public UnreadableBodyException(String message, boolean malformed) {
        super(message);
        this.malformed = malformed;
    }

    public boolean malformed() {
        return malformed;
    }
}
