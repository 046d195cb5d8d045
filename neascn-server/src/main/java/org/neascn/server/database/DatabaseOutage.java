package org.neascn.server.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * What the operator reads in the log when the database cannot serve: one warning when an outage
 * begins, one line when it ends (with how long it lasted and how many requests were answered
 * 503 meanwhile), and while it lasts at most one reminder a minute; not a line, a stack trace or
 * a health-check warning per request. Two conditions are told apart: the database does not
 * answer (readiness reports DOWN: take the instance out of rotation), and every request
 * connection of this server is in use (the server is busy, not broken: readiness stays UP).
 *
 * <p>The readiness check, asked every few seconds by an orchestrator, is what notices the end of
 * an outage; requests that fail report to it as they are refused.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** How often a lasting outage is logged again. */
    static final Duration REMINDER = Duration.ofMinutes(1);

    private final Clock clock;
    private Instant unreachableSince;
    private Instant busyLogged;
    private Instant lastLogged;
    private long refused;
    private long busy;

    public DatabaseOutage() {
        this(Clock.systemUTC());
    }

    DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /** A request the database failed (it does not answer, or dropped the connection), answered 503. */
    public synchronized void refused(String cause) {
        refused++;
        unreachable(cause);
    }

    /** A request that found every pooled connection taken for the pool's wait, answered 503. */
    public synchronized void poolExhausted(String cause) {
        Instant now = clock.instant();
        if (busyLogged == null) {
            LOG.warning(() -> "Every request connection to the database is in use (" + cause + "): a request that"
                    + " waits NEASCN_DB_POOL_WAIT for one in vain is answered 503 with Retry-After; raise"
                    + " NEASCN_DB_POOL_MAX or look for slow statements");
            busyLogged = now;
        } else if (!now.isBefore(busyLogged.plus(REMINDER))) {
            long since = busy + 1;
            Instant from = busyLogged;
            LOG.warning(() -> since + " more request(s) found every request connection to the database in use since "
                    + from + " and were answered 503");
            busyLogged = now;
            busy = 0;
        } else {
            busy++;
        }
    }

    /** The database did not answer (a request or the readiness check found so). */
    public synchronized void unreachable(String cause) {
        Instant now = clock.instant();
        if (unreachableSince == null) {
            unreachableSince = now;
            lastLogged = now;
            LOG.warning(() -> "The database does not answer (" + cause + "): requests are answered 503 with"
                    + " Retry-After and readiness reports DOWN until it does");
        } else if (!now.isBefore(lastLogged.plus(REMINDER))) {
            lastLogged = now;
            LOG.warning(() -> "The database has not answered since " + unreachableSince + " (" + cause + "); "
                    + refused + " request(s) answered 503 so far");
        }
    }

    /** The database answered the readiness check. */
    public synchronized void answered() {
        if (unreachableSince != null) {
            Duration lasted = Duration.between(unreachableSince, clock.instant());
            long during = refused;
            LOG.info(() -> "The database answers again after " + lasted.toMillis() + " ms; " + during
                    + " request(s) were answered 503 meanwhile");
            unreachableSince = null;
            refused = 0;
        }
    }
}
