package org.neascn.server.register;

/**
 * The writer based its change on a version that is no longer current: someone else changed
 * the record in between. Writing anyway would lose their update.
 */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String message) {
        super(message);
    }
}
