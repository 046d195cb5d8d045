package org.neascn.server.overlap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.ContextNotActiveException;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>A commit is heard on the writer's thread before the writer is answered (the feed's
 * {@link RecordCommitted} runs there), or, from another server on the same database, from the
 * database's notification; it is queued and the writer answered at once. One applier per
 * network, in the background, takes whatever is queued as one batch (one read of the records,
 * each plan updated once), so the cost of an update at 13,000 plans is shared by every commit
 * made meanwhile instead of being paid, in turn, by each writer (which held 64 writers to 5
 * writes/s). Reads of the analysis keep read-your-writes: a read first waits until every commit
 * heard before it began is applied, at most {@code neascn.overlap.read-wait-ms}; past that it
 * serves what it has and says how many commits it lacks ({@link AnalysisFreshness}).
 *
 * <p>Each batch is applied from the records as they are when it is applied (not as the commits
 * left them), so the analysis ends as the latest commit left the records whatever order the
 * events come in; a commit seen twice changes nothing. Commits heard while a build reads and
 * analyses the records are applied to its result before it serves. A batch whose records cannot
 * be read is tried again shortly. Only when this server may have missed other servers' commits
 * ({@link CommitsMissed}), or a batch failed five times in a row, is the analysis built again, in
 * the background, the old one serving (and following the commits it hears) until then. Partners
 * are not part of the analysis: the suggestions read them when asked.
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

    /** How long a read waits for the commits heard before it to be applied; then it serves what there is. */
    @Inject
    @ConfigProperty(name = "neascn.overlap.read-wait-ms", defaultValue = "2000")
    long readWaitMillis;

    @Inject
    AnalysisFreshness freshness;

    @Resource
    ManagedExecutorService executor;

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Map<String, Live> lives = new ConcurrentHashMap<>();
    private final BackgroundReads reads = new BackgroundReads();
    private volatile boolean stopped;

    /** One network's analysis and what is known about its state. */
    private static final class Live {
        final String network;
        /** Held while a commit is applied or a build's result put in place. */
        final ReentrantLock changes = new ReentrantLock();
        final CompletableFuture<NetworkViews> first = new CompletableFuture<>();
        volatile NetworkViews views;
        /** Commits not yet applied, and how many were ever heard; guarded by the list's own lock. */
        final List<RecordCommitted> pending = new ArrayList<>();
        long heardCount;
        /** Every commit heard up to this count is in the analysis; guarded by {@code progress}. */
        long appliedCount;
        final Object progress = new Object();
        /** Whether the applier is due to run or running. */
        final AtomicBoolean applying = new AtomicBoolean();
        /** Batches that failed in a row; guarded by {@code changes}. */
        int failures;
        /** Builds that failed in a row (the database did not answer); only the background builds touch it. */
        volatile int buildFailures;
        /** Commits heard while a build runs, null when none does; guarded by {@code changes}. */
        List<RecordCommitted> duringBuild;
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

    /**
     * The application begins to stop, its beans and connections still there: no background work
     * starts from now on, and a read of the records in progress is waited for, at most
     * {@code STOP_WAIT}, so that it does not run on into a stopped container.
     */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        stopped = true;
        if (!reads.stopAndAwait(STOP_WAIT)) {
            LOG.info(() -> "The overlap analysis was still reading records " + STOP_WAIT.toSeconds() + " s into the stop");
        }
    }

    /** The application stops: a build still running has nobody to serve (and its beans are going). */
    @PreDestroy
    void stop() {
        stopped = true;
    }

    /**
     * The analysis the caller reads, with every commit heard before this call applied (waiting
     * for the applier a bounded time); until the first build is done, waits for it.
     */
    public OverlapNetwork analysis(String network, Caller caller) {
        HostedNetwork hosted = networks.get(network);
        Live live = live(hosted.network().id().value());
        if (live.views == null) {
            awaitFirst(live);
        }
        long behind = awaitApplied(live, heard(live));
        if (behind > 0) {
            try {
                freshness.lacking(behind);
            } catch (ContextNotActiveException e) {
                // Read outside a request (no response to say it in).
            }
        }
        return live.views.forCaller(caller);
    }

    private static long heard(Live live) {
        synchronized (live.pending) {
            return live.heardCount;
        }
    }

    /** Waits until the commits heard up to the count are applied, at most the read wait; returns how many are not. */
    private long awaitApplied(Live live, long count) {
        long deadline = System.nanoTime() + readWaitMillis * 1_000_000;
        synchronized (live.progress) {
            try {
                for (long left; live.appliedCount < count && (left = deadline - System.nanoTime()) > 0; ) {
                    live.progress.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return count - live.appliedCount;
        }
    }

    private static void appliedUpTo(Live live, long count) {
        synchronized (live.progress) {
            if (count > live.appliedCount) {
                live.appliedCount = count;
                live.progress.notifyAll();
            }
        }
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

    /** Queues the commit for the network's applier, which is started unless it is due already. */
    private void apply(Live live, RecordCommitted commit) {
        synchronized (live.pending) {
            live.pending.add(commit);
            live.heardCount++;
        }
        startApplier(live);
    }

    private void startApplier(Live live) {
        if (stopped || !live.applying.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> runApplier(live));
        } catch (RuntimeException e) {
            // The executor refuses (the application stops): nobody reads the analysis any more.
            live.applying.set(false);
            LOG.log(Level.FINE, "The overlap applier of " + live.network + " could not start", e);
        }
    }

    /**
     * Applies batches until the queue is empty or a batch fails (it is then tried again later);
     * a commit queued just as the applier finished starts it again.
     */
    private void runApplier(Live live) {
        try {
            while (!stopped && applyPending(live)) {
                // Commits queued while a batch was applied make the next batch.
            }
        } finally {
            live.applying.set(false);
        }
        boolean more;
        synchronized (live.pending) {
            more = !live.pending.isEmpty();
        }
        if (more && live.failures == 0) {
            startApplier(live);
        }
    }

    /** Applies what is queued as one batch; says whether there was a batch and it was applied. */
    private boolean applyPending(Live live) {
        live.changes.lock();
        try {
            List<RecordCommitted> batch;
            long upTo;
            synchronized (live.pending) {
                batch = new ArrayList<>(live.pending);
                live.pending.clear();
                upTo = live.heardCount;
            }
            if (batch.isEmpty()) {
                return false;
            }
            if (live.duringBuild != null) {
                live.duringBuild.addAll(batch);
            }
            // With no analysis yet, the build to come reads the records after these commits.
            if (live.views != null && !applyTo(live, live.views, batch)) {
                return false;
            }
            appliedUpTo(live, upTo);
            return true;
        } finally {
            live.changes.unlock();
        }
    }

    /** A batch that failed is tried again a little later, in the background; after a few failures in a row the analysis is built again. */
    private void retryLater(Live live) {
        afterPause(() -> startApplier(live));
    }

    /**
     * The plans the commits may have changed, by what the analysis holds and what the records
     * hold now: a plan itself; for a project, the plans that list or carried it and the one it
     * names; for a member, its plans. A failure here must not leave the analysis behind the
     * records without saying so: the commits are tried again, and after repeated failures the
     * analysis is built again.
     */
    private boolean applyTo(Live live, NetworkViews views, List<RecordCommitted> commits) {
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
            OverlapRecords.Touched touched = reads.run(() -> records.touched(network, plans, projects, members));
            if (!touched.plans().isEmpty()) {
                views.apply(touched.plans(), touched.records());
            }
            live.failures = 0;
            return true;
        } catch (RuntimeException e) {
            if (stopped) {
                return false; // Nobody reads the analysis any more.
            }
            // Most likely the database did not answer (a pool timeout, a restart): the commits
            // stay due and are applied again shortly, from the records as they are then.
            if (++live.failures < MAX_FAILURES) {
                LOG.log(Level.WARNING, "The overlap analysis of " + network + " could not follow " + commits.size()
                        + " commits yet (" + e + "); trying again in " + RETRY_MILLIS + " ms");
                LOG.log(Level.FINE, "Why the overlap analysis could not follow", e);
                synchronized (live.pending) {
                    live.pending.addAll(commits);
                }
                retryLater(live);
            } else {
                LOG.log(Level.WARNING, "The overlap analysis of " + network + " failed to follow commits "
                        + live.failures + " times in a row; it is built again", e);
                live.failures = 0;
                executor.execute(() -> buildQuietly(live));
            }
            return false;
        }
    }

    /**
     * Builds in the background; a build that fails (most likely the database did not answer: a
     * restart, a fail-over, the commit listener reconnecting after dropped connections) is tried
     * again a second later until one succeeds, so that an analysis that missed other servers'
     * commits does not stay behind until the next fault. Logged once per run of failures, in one line.
     */
    private void buildQuietly(Live live) {
        try {
            build(live);
            if (live.buildFailures > 0) {
                LOG.info(() -> "The overlap analysis of " + live.network + " is built again after " + live.buildFailures
                        + " failed tries");
            }
            live.buildFailures = 0;
        } catch (RuntimeException e) {
            if (stopped) {
                LOG.fine(() -> "The overlap analysis of " + live.network + " was not built: the application stopped");
                return;
            }
            if (live.buildFailures++ == 0) {
                LOG.warning(() -> "The overlap analysis of " + live.network + " could not be built (" + e
                        + "); trying again every " + RETRY_MILLIS + " ms");
            }
            LOG.log(Level.FINE, "Why the overlap analysis could not be built", e);
            afterPause(() -> buildQuietly(live));
        }
    }

    /** Builds the network's analysis from the records as they are now; only one build per network runs at a time. */
    private NetworkViews build(Live live) {
        synchronized (live) {
            Instant started = Instant.now();
            long readAfter;
            live.changes.lock();
            try {
                readAfter = heard(live);
                live.duringBuild = new ArrayList<>();
                live.state = live.views == null ? "building" : "building again (commits of other servers may have been missed)";
            } finally {
                live.changes.unlock();
            }
            try {
                HostedNetwork hosted = networks.get(live.network);
                NetworkViews built = NetworkViews.build(live.network, Codebook.of(hosted.data(), hosted.network().id()),
                        OverlapService.SETTINGS, reads.run(() -> records.all(live.network)), policy, maxMemberViews);
                live.changes.lock();
                try {
                    applyTo(live, built, live.duringBuild);
                    live.views = built;
                    // The records were read after these commits (a batch that failed for good included).
                    appliedUpTo(live, readAfter);
                    live.state = "warm since " + Instant.now() + ", built in " + Duration.between(started, Instant.now()).toMillis()
                            + " ms from " + built.describe();
                } finally {
                    live.duringBuild = null;
                    live.changes.unlock();
                }
                LOG.info(() -> "Overlap analysis of " + live.network + " " + live.state);
                live.first.complete(built);
                return built;
            } catch (RuntimeException e) {
                live.changes.lock();
                try {
                    live.duringBuild = null;
                    live.state = "failed at " + Instant.now() + ": " + e.getMessage();
                } finally {
                    live.changes.unlock();
                }
                live.first.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** Runs the step in the background after a pause of {@code RETRY_MILLIS}, unless the application stopped meanwhile. */
    private void afterPause(Runnable step) {
        executor.execute(() -> {
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!stopped) {
                step.run();
            }
        });
    }
}
