package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which records the list pages answered lately show, and how many records match in all, so that
 * the next reader of the same page (register, network, reader's scope, filters, sort and window)
 * reads only its rows by key: choosing a page (its count and the ordered range of identifiers)
 * was two thirds of a filtered list's work, the rows one third. The rows themselves are always
 * read from the database, so a page shows every record as it is now, with its ETag.
 *
 * <p>A page is kept only until a record of its register in its network is committed: every
 * commit, this server's before its writer is answered and another server's when its notification
 * arrives (within a second), starts a new generation, and a page chosen in an earlier one is
 * never served. A page is remembered only if no commit came while it was chosen, since it may
 * have been chosen from the records before that commit. A transaction that wrote chooses its
 * pages from the database (its writes are not committed yet). At most {@value #CAPACITY} pages
 * are kept; past that they are all dropped.
 */
@ApplicationScoped
public class ListPages {

    static final int CAPACITY = 4_096;

    /** A page as chosen: the identifiers it shows, in order, and the number of matching records. */
    public record Chosen(List<String> ids, long total) {
    }

    /** What a page is chosen by. */
    record Key(Aggregate aggregate, String network, ReadScope scope, ListQuery query) {
    }

    private record Entry(long generation, Chosen page) {
    }

    private record Register(Aggregate aggregate, String network) {
    }

    private final Map<Register, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();

    /**
     * The current generation of a register's pages in a network: read it before choosing a page,
     * for {@link #remember}. It counts the commits of the register and of those its pages depend
     * on: a project list leaves out the projects of plans the reader may not read yet, so a plan
     * that is published changes which projects a page shows.
     */
    long generation(Aggregate aggregate, String network) {
        long generation = counter(aggregate, network).get();
        if (aggregate == Aggregate.PROJECT) {
            generation += counter(Aggregate.PLAN, network).get();
        }
        return generation;
    }

    private AtomicLong counter(Aggregate aggregate, String network) {
        return generations.computeIfAbsent(new Register(aggregate, network), r -> new AtomicLong());
    }

    Optional<Chosen> page(Key key) {
        Entry entry = pages.get(key);
        return entry != null && entry.generation == generation(key.aggregate(), key.network())
                ? Optional.of(entry.page) : Optional.empty();
    }

    /** Keeps the page if no commit of its register came since the generation read before it was chosen. */
    void remember(Key key, long generation, Chosen page) {
        if (generation != generation(key.aggregate(), key.network())) {
            return;
        }
        if (pages.size() >= CAPACITY) {
            pages.clear();
        }
        pages.put(key, new Entry(generation, page));
    }

    void committed(@Observes RecordCommitted commit) {
        counter(commit.aggregate(), commit.network()).incrementAndGet();
    }

    /** Commits of other servers may have been missed: no page chosen so far is served again. */
    void missed(@Observes CommitsMissed missed) {
        generations.values().forEach(AtomicLong::incrementAndGet);
    }
}
