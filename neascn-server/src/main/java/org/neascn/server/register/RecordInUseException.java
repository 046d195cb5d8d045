package org.neascn.server.register;

/**
 * A record others still depend on: deleting a member that keeps plans and projects would leave
 * them pointing at nobody (and break every export and bundle that names the member).
 */
public class RecordInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordInUseException(String what) {
        super(what);
    }
}
