package org.neascn.server.register;

/** No record with this identifier exists in the network (or the caller may not see it). */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what) {
        super(what);
    }
}
