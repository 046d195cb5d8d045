package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The list pages answered lately, rows and total, so that the next reader of the same page
 * (register, network, reader's scope, filters, sort and window) is answered without the
 * database: choosing a page (its count and the ordered range of identifiers) was two thirds of a
 * filtered list's work, reading and parsing its rows one third (ServerLoadBench, README).
 *
 * <p>A page is kept only until a record of its register in its network is committed: every
 * commit, this server's before its writer is answered and another server's when its notification
 * arrives (within a second), starts a new generation, and a page read in an earlier one is never
 * served. A row changes only by a commit of its own register, so a kept page's rows are exactly
 * as fresh as its choice of records, each with the version it was read at. A page is remembered
 * only if no commit came while it was read, since it may have been read from the records before
 * that commit. A transaction that wrote reads its pages from the database (its writes are not
 * committed yet). At most {@value #CAPACITY} pages and {@value #MAX_ROWS} rows are kept (a page
 * of an older generation keeps older versions alive), the rows of the pages derived from them
 * for each caller included, and {@value #MAX_BYTES} bytes of their JSON ({@link PageMemo}); past
 * a limit of pages or rows all are dropped, and past the rows or bytes a memo finds no room, after
 * which the next page kept drops all.
 */
@ApplicationScoped
public class ListPages {

    static final int CAPACITY = 4_096;
    static final int MAX_ROWS = 50_000;
    static final long MAX_BYTES = 64L << 20;

    /**
     * The rows and bytes that the kept pages and their memos hold. A page replaced by a newer one
     * returns what it and its memo took. Once a memo finds the budget spent, the next page kept
     * drops every page and starts a new budget (so kept JSON is never turned off for good);
     * what in-flight readers add to a dropped page's memo counts against the old budget.
     */
    static final class Budget {
        private final AtomicInteger rows = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();
        private volatile boolean spent;

        boolean take(int moreRows, long moreBytes) {
            if (rows.addAndGet(moreRows) > MAX_ROWS) {
                rows.addAndGet(-moreRows);
                spent = true;
                return false;
            }
            if (bytes.addAndGet(moreBytes) > MAX_BYTES) {
                bytes.addAndGet(-moreBytes);
                rows.addAndGet(-moreRows);
                spent = true;
                return false;
            }
            return true;
        }

        void give(int lessRows, long lessBytes) {
            rows.addAndGet(-lessRows);
            bytes.addAndGet(-lessBytes);
        }

        boolean spent() {
            return spent;
        }
    }

    /** A page as chosen: the identifiers it shows, in order, and the number of matching records. */
    record Chosen(List<String> ids, long total) {
    }

    /** What a page is chosen by. */
    record Key(Aggregate aggregate, String network, ReadScope scope, ListQuery query) {
    }

    private record Entry(long generation, Page<?> page) {
    }

    private record Register(Aggregate aggregate, String network) {
    }

    private final Map<Register, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();
    private volatile Budget budget = new Budget();

    /**
     * The current generation of a register's pages in a network: read it before reading a page,
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

    /** The page as kept for the key, if it was read in the current generation; the key's register makes its type. */
    @SuppressWarnings("unchecked")
    <T> Optional<Page<T>> page(Key key) {
        Entry entry = pages.get(key);
        return entry != null && entry.generation == generation(key.aggregate(), key.network())
                ? Optional.of((Page<T>) entry.page) : Optional.empty();
    }

    /** Keeps the page if no commit of its register came since the generation read before it was read. */
    void remember(Key key, long generation, Page<?> page) {
        if (generation != generation(key.aggregate(), key.network())) {
            return;
        }
        Budget kept = budget;
        if (pages.size() >= CAPACITY || kept.spent() || !kept.take(page.items().size(), 0)) {
            pages.clear();
            kept = new Budget();
            budget = kept;
            kept.take(page.items().size(), 0);
        }
        page.memo().keepWithin(kept);
        Entry replaced = pages.put(key, new Entry(generation, page));
        if (replaced != null && replaced.page != page) {
            kept.give(replaced.page.items().size(), 0);
            replaced.page.memo().release();
        }
    }

    void committed(@Observes RecordCommitted commit) {
        counter(commit.aggregate(), commit.network()).incrementAndGet();
    }

    /** Commits of other servers may have been missed: no page read so far is served again. */
    void missed(@Observes CommitsMissed missed) {
        generations.values().forEach(AtomicLong::incrementAndGet);
    }
}
