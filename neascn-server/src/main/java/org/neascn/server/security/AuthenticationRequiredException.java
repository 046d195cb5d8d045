package org.neascn.server.security;

/** The operation needs a signed-in caller, or the credentials given could not be accepted. */
public class AuthenticationRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationRequiredException(String reason) {
        super(reason);
    }
}
