package org.neascn.server.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.neascn.server.register.Aggregate;
import org.neascn.server.register.ChangeFeed;
import org.neascn.server.register.RecordChanged;
import org.neascn.server.register.RecordCommitted;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the other servers on the same PostgreSQL database about this server's commits, and
 * this server about theirs, through PostgreSQL's {@code LISTEN}/{@code NOTIFY}.
 *
 * <p>Every write sends {@code pg_notify} inside its own transaction: PostgreSQL delivers a
 * notification only when, and only if, that transaction commits, in commit order. A listener
 * thread holds one connection of its own that {@code LISTEN}s and hands what it hears to the
 * {@link ChangeFeed} as {@link RecordCommitted}; a notification this server sent itself is
 * skipped (the feed delivered it at the commit). When the listening connection is lost, the
 * thread reconnects and reports {@code CommitsMissed}, since notifications sent meanwhile are
 * gone. The embedded database serves one server process: there is nobody to tell.
 */
@ApplicationScoped
public class CommitNotifications {

    static final String CHANNEL = "neascn_commits";
    private static final Logger LOG = Logger.getLogger(CommitNotifications.class.getName());
    /** How long the listener waits for notifications before it looks whether it should stop. */
    private static final int POLL_MILLIS = 500;
    private static final long RETRY_MILLIS = 500;

    /** Tells this server's notifications from the others'. */
    private final String origin = UUID.randomUUID().toString();

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    @Resource(lookup = "jdbc/neascn-direct")
    DataSource direct;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ChangeFeed feed;

    private volatile DatabaseKind kind = DatabaseKind.OTHER;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    /** Sends the write's notification in the writing transaction. */
    void announce(@Observes RecordChanged change) {
        if (kind == DatabaseKind.POSTGRESQL) {
            em.createNativeQuery("SELECT pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                    .setParameter(2, String.join("|", origin, change.aggregate().name(), change.network(), change.id()))
                    .getResultList();
        }
    }

    /** Starts listening to the other servers, on PostgreSQL; returns once the channel is listened to, or failed to be. */
    synchronized void start(DatabaseKind databaseKind) {
        kind = databaseKind;
        if (databaseKind != DatabaseKind.POSTGRESQL || running) {
            return;
        }
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("neascn-commit-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Whether other servers' commits reach this one now (always, where there are none). */
    public boolean listening() {
        return kind != DatabaseKind.POSTGRESQL || listening;
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        Instant lost = null;
        while (running) {
            try (Connection connection = direct.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (lost != null) {
                    LOG.info("Listening to other servers' commits again");
                    feed.missedSince(lost);
                    lost = null;
                }
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            parse(notification.getParameter()).ifPresent(feed::committedElsewhere);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (lost == null) {
                    lost = Instant.now();
                    // One line: the database's own outage is reported by DatabaseOutage.
                    LOG.warning("Lost the connection that hears other servers' commits (" + e + "); retrying every "
                            + RETRY_MILLIS + " ms");
                }
                pause();
            }
        }
        listening = false;
    }

    private Optional<RecordCommitted> parse(String payload) {
        String[] parts = payload.split("\\|", 4);
        if (parts.length != 4 || parts[0].equals(origin)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordCommitted(Aggregate.valueOf(parts[1]), parts[2], parts[3]));
        } catch (IllegalArgumentException e) {
            // A newer server on the same database may know an aggregate this one does not.
            LOG.fine(() -> "Ignored a notification of an unknown aggregate: " + payload);
            return Optional.empty();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
