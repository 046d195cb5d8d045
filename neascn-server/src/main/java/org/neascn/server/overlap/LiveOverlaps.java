package org.neascn.server.overlap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.model.network.Network;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.AccessPolicy;
import org.neascn.server.register.CommitsMissed;
import org.neascn.server.register.RecordCommitted;
import org.neascn.server.security.Caller;

/**
 * The live overlap analysis of every hosted network: built once in the background at start,
 * then kept current by the change feed, commit by commit, through the framework's incremental
 * update of the plans a commit touches (see {@link NetworkViews} for the views).
 *
 * <p>A commit of this server is applied on the writer's thread before the writer is answered
 * (the feed's {@link RecordCommitted} runs there), so the writer's next read sees its write; a
 * commit of another server on the same database arrives the same way from the database's
 * notification, and is applied alike. Commits are applied in batches, one batch at a time per
 * network (concurrent writers' commits together), each from the records as they are when it is
 * applied (not as the commit left them), so the analysis ends as the latest commit left the
 * records whatever order the events come in; a commit seen twice changes nothing. Commits heard
 * while a build reads and analyses the records are applied to its result before it serves. A
 * batch whose records cannot be read is tried again shortly. Only when this server may have
 * missed other servers' commits ({@link CommitsMissed}), or a batch failed five times in a row,
 * is the analysis built again, in the background, the old one serving (and following the
 * commits it hears) until then. Partners are not part of the analysis: the suggestions read
 * them when asked.
 */
@ApplicationScoped
public class LiveOverlaps {

    private static final Logger LOG = Logger.getLogger(LiveOverlaps.class.getName());
    private static final long RETRY_MILLIS = 1000;
    private static final int MAX_FAILURES = 5;

    @Inject
    OverlapRecords records;

    @Inject
    HostedNetworks networks;

    @Inject
    AccessPolicy policy;

    @Inject
    @ConfigProperty(name = "neascn.overlap.member-views", defaultValue = "16")
    int maxMemberViews;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Live> lives = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /** One network's analysis and what is known about its state. */
    private static final class Live {
        final String network;
        /** Held while a commit is applied or a build's result put in place. */
        final ReentrantLock changes = new ReentrantLock();
        final CompletableFuture<NetworkViews> first = new CompletableFuture<>();
        volatile NetworkViews views;
        /** Commits not yet applied; whoever holds {@code changes} next applies them all. */
        final Queue<RecordCommitted> pending = new ConcurrentLinkedQueue<>();
        /** Batches that failed in a row; guarded by {@code changes}. */
        int failures;
        /** Commits heard while a build runs, null when none does; guarded by {@code changes}. */
        List<RecordCommitted> heard;
        volatile String state = "waiting to be built";

        Live(String network) {
            this.network = network;
        }
    }

    /**
     * The state of one network's analysis, for readiness: warm once an analysis serves; failed
     * when none serves and the last build failed (the next reader tries again).
     */
    public record State(String network, boolean warm, boolean failed, String description) {
    }

    /**
     * After the database is set up (its start observer runs first, at the default priority):
     * builds every hosted network's analysis in the background, one after another.
     */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) Object started) {
        List<Live> all = networks.networks().stream().map(n -> live(n.id().value())).toList();
        executor.execute(() -> all.stream().takeWhile(l -> !stopped).forEach(this::buildQuietly));
    }

    /** The application stops: a build still running has nobody to serve (and its beans are going). */
    @PreDestroy
    void stop() {
        stopped = true;
    }

    /** The analysis the caller reads; until the first build is done, waits for it. */
    public OverlapNetwork analysis(String network, Caller caller) {
        HostedNetwork hosted = networks.get(network);
        Live live = live(hosted.network().id().value());
        NetworkViews views = live.views;
        if (views == null) {
            views = awaitFirst(live);
        }
        return views.forCaller(caller);
    }

    /** Every hosted network's state; warm once its analysis serves. */
    public List<State> states() {
        return networks.networks().stream().map(Network::id).map(id -> live(id.value()))
                .map(l -> {
                    NetworkViews views = l.views;
                    return views == null ? new State(l.network, false, l.first.isCompletedExceptionally(), l.state)
                            : new State(l.network, true, false, l.state + "; now " + views.describe());
                }).toList();
    }

    void committed(@Observes RecordCommitted commit) {
        Live live = lives.get(commit.network());
        if (live == null) {
            return; // Not built yet: its build reads the records after this commit.
        }
        switch (commit.aggregate()) {
            case PLAN, PROJECT, MEMBER -> apply(live, commit);
            default -> {
                // Partners and the other registers are not part of the analysis.
            }
        }
    }

    /** Commits of other servers may be lost: every analysis is built again from the records. */
    void missed(@Observes CommitsMissed missed) {
        lives.values().forEach(live -> executor.execute(() -> buildQuietly(live)));
    }

    private Live live(String network) {
        return lives.computeIfAbsent(network, Live::new);
    }

    private NetworkViews awaitFirst(Live live) {
        try {
            return live.first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the overlap analysis of " + live.network + " was built", e);
        } catch (ExecutionException e) {
            // The first build failed (the log has it): try again, and let this caller see why if it fails again.
            return build(live);
        }
    }

    /**
     * Applies the commit, and with it any that other writers queued meanwhile: the writer that
     * takes the lock applies the whole queue as one batch (one read of the records, each plan
     * updated once), so concurrent writes to a network share the work instead of queueing for
     * it. A writer whose commit another one applied finds the queue empty once it holds the
     * lock, and that batch is then complete: its next read sees its write either way.
     */
    private void apply(Live live, RecordCommitted commit) {
        live.pending.add(commit);
        applyPending(live);
    }

    private void applyPending(Live live) {
        live.changes.lock();
        try {
            List<RecordCommitted> batch = new ArrayList<>();
            for (RecordCommitted next; (next = live.pending.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return;
            }
            if (live.heard != null) {
                live.heard.addAll(batch);
            }
            if (live.views != null) {
                applyTo(live, live.views, batch);
            }
        } finally {
            live.changes.unlock();
        }
    }

    /** A batch that failed is tried again a little later, in the background; after a few failures in a row the analysis is built again. */
    private void retryLater(Live live) {
        executor.execute(() -> {
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!stopped) {
                applyPending(live);
            }
        });
    }

    /**
     * The plans the commits may have changed, by what the analysis holds and what the records
     * hold now: a plan itself; for a project, the plans that list or carried it and the one it
     * names; for a member, its plans. A failure here must not leave the analysis behind the
     * records without saying so: the commits are tried again, and after repeated failures the
     * analysis is built again.
     */
    private void applyTo(Live live, NetworkViews views, List<RecordCommitted> commits) {
        String network = live.network;
        try {
            Set<String> plans = new LinkedHashSet<>();
            Set<String> projects = new LinkedHashSet<>();
            Set<String> members = new LinkedHashSet<>();
            for (RecordCommitted commit : commits) {
                switch (commit.aggregate()) {
                    case PLAN -> plans.add(commit.id());
                    case PROJECT -> projects.add(commit.id());
                    case MEMBER -> members.add(commit.id());
                    default -> {
                        // Not part of the analysis.
                    }
                }
            }
            plans.addAll(views.plansWith(projects, members));
            OverlapRecords.Touched touched = records.touched(network, plans, projects, members);
            if (!touched.plans().isEmpty()) {
                views.apply(touched.plans(), touched.records());
            }
            live.failures = 0;
        } catch (RuntimeException e) {
            // Most likely the database did not answer (a pool timeout, a restart): the commits
            // stay due and are applied again shortly, from the records as they are then.
            if (++live.failures < MAX_FAILURES) {
                LOG.log(Level.WARNING, "The overlap analysis of " + network + " could not follow " + commits.size()
                        + " commits yet (" + e + "); trying again in " + RETRY_MILLIS + " ms");
                LOG.log(Level.FINE, "Why the overlap analysis could not follow", e);
                live.pending.addAll(commits);
                retryLater(live);
            } else {
                LOG.log(Level.WARNING, "The overlap analysis of " + network + " failed to follow commits "
                        + live.failures + " times in a row; it is built again", e);
                live.failures = 0;
                executor.execute(() -> buildQuietly(live));
            }
        }
    }

    private void buildQuietly(Live live) {
        try {
            build(live);
        } catch (RuntimeException e) {
            if (stopped) {
                LOG.fine(() -> "The overlap analysis of " + live.network + " was not built: the application stopped");
            } else {
                LOG.log(Level.SEVERE, "The overlap analysis of " + live.network + " could not be built", e);
            }
        }
    }

    /** Builds the network's analysis from the records as they are now; only one build per network runs at a time. */
    private NetworkViews build(Live live) {
        synchronized (live) {
            Instant started = Instant.now();
            live.changes.lock();
            try {
                live.heard = new ArrayList<>();
                live.state = live.views == null ? "building" : "building again (commits of other servers may have been missed)";
            } finally {
                live.changes.unlock();
            }
            try {
                HostedNetwork hosted = networks.get(live.network);
                NetworkViews built = NetworkViews.build(live.network, Codebook.of(hosted.data(), hosted.network().id()),
                        OverlapService.SETTINGS, records.all(live.network), policy, maxMemberViews);
                live.changes.lock();
                try {
                    applyTo(live, built, live.heard);
                    live.views = built;
                    live.state = "warm since " + Instant.now() + ", built in " + Duration.between(started, Instant.now()).toMillis()
                            + " ms from " + built.describe();
                } finally {
                    live.heard = null;
                    live.changes.unlock();
                }
                LOG.info(() -> "Overlap analysis of " + live.network + " " + live.state);
                live.first.complete(built);
                return built;
            } catch (RuntimeException e) {
                live.changes.lock();
                try {
                    live.heard = null;
                    live.state = "failed at " + Instant.now() + ": " + e.getMessage();
                } finally {
                    live.changes.unlock();
                }
                live.first.completeExceptionally(e);
                throw e;
            }
        }
    }
}
