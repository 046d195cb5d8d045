package org.neascn.model.reference;

/**
 * A reference data file that cannot be loaded: it names the file, the record (by position
 * and identifier) and the field, so whoever edits the data can fix it.
 */
public class ReferenceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReferenceDataException(String message) {
        super(message);
    }
}
