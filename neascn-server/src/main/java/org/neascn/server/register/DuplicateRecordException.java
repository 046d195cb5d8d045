package org.neascn.server.register;

/** A record with this identifier already exists in the network. */
public class DuplicateRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateRecordException(String what) {
        super(what);
    }
}
