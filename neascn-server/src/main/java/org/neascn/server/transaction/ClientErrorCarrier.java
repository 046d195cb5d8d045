package org.neascn.server.transaction;

/**
 * A client's error on its way through Liberty's transactional interceptor. Checked, because
 * Liberty writes an FFDC incident file for a runtime exception ending a transactional call and
 * none for a checked one (an application's own outcome, in its words); {@link ClientErrorInside}
 * has decided the rollback already.
 */
final class ClientErrorCarrier extends Exception {

    private static final long serialVersionUID = 1L;

    ClientErrorCarrier(RuntimeException clientError) {
        super(clientError.getMessage(), clientError, false, false);
    }

    RuntimeException clientError() {
        return (RuntimeException) getCause();
    }
}
