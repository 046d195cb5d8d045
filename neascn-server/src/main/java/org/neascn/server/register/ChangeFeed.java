package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The change feed: turns the writes a transaction made ({@link RecordChanged}, fired in it) into
 * {@link RecordCommitted} once it has committed, and delivers the commits that other servers on
 * the same database announce (see {@code org.neascn.server.database.CommitNotifications}).
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    @Inject
    Event<RecordCommitted> committed;

    @Inject
    Event<CommitsMissed> missed;

    /** Runs on the writer's thread after the commit, so the writer is answered after every observer has seen it. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged change) {
        deliver(new RecordCommitted(change.aggregate(), change.network(), change.id()));
    }

    /** A commit that another server on the same database announced. */
    public void committedElsewhere(RecordCommitted commit) {
        deliver(commit);
    }

    /** This server may have missed other servers' commits since the given instant. */
    public void missedSince(Instant since) {
        try {
            missed.fire(new CommitsMissed(since));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of missed commits failed", e);
        }
    }

    /** The write has committed whatever an observer does: a failing observer is logged, never the writer's error. */
    private void deliver(RecordCommitted commit) {
        try {
            committed.fire(commit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of " + commit + " failed", e);
        }
    }
}
