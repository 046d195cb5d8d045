package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.server.register.Aggregate;
import org.neascn.server.register.CommitsMissed;
import org.neascn.server.register.RecordCommitted;

/**
 * The overlap analyses the server has built, one per network and reader's view (the
 * secretariat's, the public's, a member's with its own drafts), rebuilt lazily when stale.
 *
 * <p>Why a lazy rebuild rather than {@code OverlapNetwork.update}: each view holds a different
 * set of plans, and a plan or project write would have to be replayed into every view whose
 * readers may see it, with the plan's whole dossier reloaded. Counting writes per network and
 * rebuilding a view on its next read is correct by construction (a view is always exactly what
 * {@code OverlapNetwork.build} makes of the records it was read from), costs nothing on a
 * write, and a network's plans are written far less often than read. The generation is read
 * before the records are, so a write that commits while a view is being built makes that view
 * stale at once. Writes of other servers on the same database arrive as {@link RecordCommitted}
 * too; should their notifications have been missed, every view is dropped ({@link
 * CommitsMissed}), and none is kept longer than {@code neascn.overlap.cache-seconds} anyway.
 */
@ApplicationScoped
public class OverlapCache {

    /** Views kept at most; the least recently read is dropped first. */
    private static final int MAX_VIEWS = 32;

    @Inject
    @ConfigProperty(name = "neascn.overlap.cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>(16, 0.75f, true);

    private record View(long generation, Instant built, OverlapNetwork network) {
    }

    /** The analysis of one view of a network, built by {@code build} when missing or stale. */
    public OverlapNetwork view(String network, String viewer, Supplier<OverlapNetwork> build) {
        String key = network + "|" + viewer;
        long generation = generation(network).get();
        View view;
        synchronized (views) {
            view = views.get(key);
        }
        if (view != null && view.generation() == generation
                && view.built().plus(Duration.ofSeconds(cacheSeconds)).isAfter(Instant.now())) {
            return view.network();
        }
        OverlapNetwork built = build.get();
        synchronized (views) {
            views.put(key, new View(generation, Instant.now(), built));
            if (views.size() > MAX_VIEWS) {
                views.remove(views.keySet().iterator().next());
            }
        }
        return built;
    }

    /** A committed write of a plan, project, member or partner, here or on another server, makes the network's views stale. */
    void changed(@Observes RecordCommitted change) {
        if (change.aggregate() == Aggregate.PLAN || change.aggregate() == Aggregate.PROJECT
                || change.aggregate() == Aggregate.MEMBER || change.aggregate() == Aggregate.PARTNER) {
            generation(change.network()).incrementAndGet();
        }
    }

    /** Views built, or being built, before the missed commits are stale: all of them. */
    void missed(@Observes CommitsMissed missed) {
        generations.values().forEach(AtomicLong::incrementAndGet);
        synchronized (views) {
            views.clear();
        }
    }

    private AtomicLong generation(String network) {
        return generations.computeIfAbsent(network, n -> new AtomicLong());
    }
}
