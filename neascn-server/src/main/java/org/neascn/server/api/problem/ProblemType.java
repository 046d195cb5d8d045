package org.neascn.server.api.problem;

/**
 * The kinds of problem the API reports. Each {@link #uri()} is stable: clients may branch on
 * it. The URIs are names (URNs), not web pages; the README lists them.
 */
public enum ProblemType {
    VALIDATION(422, "The request holds an invalid value"),
    MALFORMED_JSON(400, "The request body is not well-formed JSON"),
    UNREADABLE_BODY(400, "The request body does not have the shape of the resource"),
    INVALID_QUERY(400, "The query has an invalid parameter"),
    BODY_TOO_LARGE(413, "The request body is too large"),
    AUTHENTICATION_REQUIRED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed for this caller"),
    NOT_FOUND(404, "No such resource"),
    DUPLICATE(409, "The resource exists already"),
    IN_USE(409, "Other records still depend on the resource"),
    STALE_VERSION(412, "The resource has changed since it was read"),
    VERSION_REQUIRED(428, "The change must name the version it is based on"),
    DATABASE_UNAVAILABLE(503, "The database cannot serve now; nothing was changed, try again shortly"),
    /** A backup asked of a server whose database it does not copy itself (PostgreSQL: pg_dump). */
    BACKUP_UNSUPPORTED(501, "The server does not back up this database itself; use the database's own tools"),
    OUTCOME_UNKNOWN(503, "The database failed while the change was committed; read the record to see whether it took effect"),
    HTTP(0, "HTTP error"),
    INTERNAL(500, "Internal server error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:neascn:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
