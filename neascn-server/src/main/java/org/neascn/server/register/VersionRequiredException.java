package org.neascn.server.register;

/** A change came without the version it was based on, so a lost update cannot be ruled out. */
public class VersionRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VersionRequiredException(String message) {
        super(message);
    }
}
