package org.neascn.server.database;

/** The server's database is not one it backs up itself: PostgreSQL is backed up with its own tools. */
public class BackupUnsupportedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupUnsupportedException(String message) {
        super(message);
    }
}
