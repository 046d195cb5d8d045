package org.neascn.server.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.neascn.framework.input.InputRejectedException;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.database.BackupUnsupportedException;
import org.neascn.server.database.DatabaseOutage;
import org.neascn.server.register.DuplicateRecordException;
import org.neascn.server.register.RecordInUseException;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.StaleVersionException;
import org.neascn.server.register.VersionRequiredException;
import org.neascn.server.security.AccessDeniedException;
import org.neascn.server.security.AuthenticationRequiredException;

/**
 * Turns every failure into {@code application/problem+json}. Known failures may arrive wrapped
 * (JSON-B wraps the domain's validation error), so the cause chain is searched. A failure of the
 * database itself is a 503 with {@code Retry-After} ({@link DatabaseFailures}), reported to
 * {@link DatabaseOutage}, which logs an outage once rather than each request: it is the
 * database's state, not a fault of the server. Anything
 * unexpected is logged and answered with a generic 500 that reveals no internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** Seconds a client waits before it tries again: the pool replaces dropped connections within one. */
    private static final String RETRY_AFTER = "1";

    @Inject
    DatabaseOutage outage;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = null;
        for (Throwable t = thrown; t != null && problem == null; t = t.getCause() == t ? null : t.getCause()) {
            problem = known(t);
        }
        if (problem == null) {
            problem = DatabaseFailures.of(thrown).map(outcome -> unavailable(outcome, thrown)).orElse(null);
        }
        if (problem == null) {
            LOG.log(Level.SEVERE, "Unexpected failure while serving a request", thrown);
            problem = of(ProblemType.INTERNAL, "The server failed to serve this request; the failure is logged.");
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER);
        }
        return response.build();
    }

    /** Whether this failure is one the client caused or may expect (a 4xx, or 501 for a backup on PostgreSQL), not the server's fault. */
    public static boolean isKnown(Throwable t) {
        return known(t) != null;
    }

    private static Problem known(Throwable t) {
        if (t instanceof InvalidValueException) {
            InvalidValueException e = (InvalidValueException) t;
            return new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 422, e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.rule())));
        }
        if (t instanceof InputRejectedException) {
            return rejected((InputRejectedException) t);
        }
        if (t instanceof InvalidQueryException) {
            InvalidQueryException e = (InvalidQueryException) t;
            return new Problem(ProblemType.INVALID_QUERY.uri(), ProblemType.INVALID_QUERY.title(), 400,
                    e.parameter() + ": " + e.getMessage(), List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
        }
        if (t instanceof UnreadableBodyException) {
            UnreadableBodyException e = (UnreadableBodyException) t;
            return of(e.malformed() ? ProblemType.MALFORMED_JSON : ProblemType.UNREADABLE_BODY, e.getMessage());
        }
        if (t instanceof BodyTooLargeException) {
            return of(ProblemType.BODY_TOO_LARGE, t.getMessage());
        }
        if (t instanceof AuthenticationRequiredException) {
            return of(ProblemType.AUTHENTICATION_REQUIRED, t.getMessage());
        }
        if (t instanceof AccessDeniedException) {
            return of(ProblemType.FORBIDDEN, t.getMessage());
        }
        if (t instanceof RecordNotFoundException) {
            return of(ProblemType.NOT_FOUND, t.getMessage());
        }
        if (t instanceof DuplicateRecordException) {
            return of(ProblemType.DUPLICATE, t.getMessage());
        }
        if (t instanceof RecordInUseException) {
            return of(ProblemType.IN_USE, t.getMessage());
        }
        if (t instanceof StaleVersionException) {
            return of(ProblemType.STALE_VERSION, t.getMessage());
        }
        if (t instanceof VersionRequiredException) {
            return of(ProblemType.VERSION_REQUIRED, t.getMessage());
        }
        if (t instanceof BackupUnsupportedException) {
            return of(ProblemType.BACKUP_UNSUPPORTED, t.getMessage());
        }
        if (t instanceof WebApplicationException) {
            Response.StatusType status = ((WebApplicationException) t).getResponse().getStatusInfo();
            if (status.getStatusCode() == 404) {
                String message = t.getMessage();
                return of(ProblemType.NOT_FOUND, message == null || message.startsWith("HTTP ")
                        ? "Nothing is served at this address" : message);
            }
            return new Problem(ProblemType.HTTP.uri(), status.getReasonPhrase(), status.getStatusCode(),
                    status.getReasonPhrase(), null);
        }
        return null;
    }

    /** A body refused by the framework's reader: every error it found, each at its JSON path. */
    private static Problem rejected(InputRejectedException e) {
        ProblemType type = switch (e.kind()) {
            case MALFORMED -> ProblemType.MALFORMED_JSON;
            case SHAPE -> ProblemType.UNREADABLE_BODY;
            case INVALID -> ProblemType.VALIDATION;
        };
        return new Problem(type.uri(), type.title(), type.status(), e.getMessage(), e.errors().stream()
                .map(error -> new Problem.FieldError(error.path(), error.rule(), error.expected(), error.allowed()))
                .toList());
    }

    private Problem unavailable(DatabaseFailures.Outcome outcome, Throwable thrown) {
        String cause = rootCause(thrown);
        return switch (outcome) {
            case POOL_EXHAUSTED -> {
                outage.poolExhausted(cause);
                yield of(ProblemType.DATABASE_UNAVAILABLE, "Every database connection of this server is in use; nothing"
                        + " was changed. Try again after " + RETRY_AFTER + " s.");
            }
            case UNKNOWN -> {
                outage.refused(cause);
                yield of(ProblemType.OUTCOME_UNKNOWN, "The connection to the database broke while the change was committed."
                        + " Read the record: its version tells whether the change took effect; a retry with If-Match is safe.");
            }
            case NOT_APPLIED -> {
                outage.refused(cause);
                yield of(ProblemType.DATABASE_UNAVAILABLE, "The database is unavailable; nothing was changed. Try again after "
                        + RETRY_AFTER + " s.");
            }
        };
    }

    /** The innermost cause in one line, such as the driver's "database ... is not currently accepting connections". */
    private static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null);
    }
}
