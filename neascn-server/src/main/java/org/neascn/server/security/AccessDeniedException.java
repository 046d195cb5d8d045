package org.neascn.server.security;

/** The caller is known but may not do this to this record (object-level authorization). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
