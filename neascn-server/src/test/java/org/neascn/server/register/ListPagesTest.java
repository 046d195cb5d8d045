package org.neascn.server.register;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A kept page is served only in the generation it was read in: any commit of its register (or,
 * for projects, of a plan) in its network, or missed commits of other servers, ends it; a page
 * read across a commit is never kept.
 */
class ListPagesTest {

    private static final ReadScope PUBLIC = new ReadScope(false, null, null);

    private final ListPages pages = new ListPages();

    private static ListPages.Key key(Aggregate aggregate, String network, int offset) {
        return new ListPages.Key(aggregate, network, PUBLIC, new ListQuery(Map.of("stage", "FEASIBILITY"), null, null, offset, 20));
    }

    private static Page<String> page(String... ids) {
        return new Page<>(List.of(ids).stream().map(id -> new Stored<>(id, 1)).toList(), ids.length, 0, 20);
    }

    private Page<String> keep(ListPages.Key key, Page<String> page) {
        pages.remember(key, pages.generation(key.aggregate(), key.network()), page);
        return page;
    }

    @Test
    void aPageIsServedAsKeptUntilItsRegisterCommits() {
        ListPages.Key projects = key(Aggregate.PROJECT, "neascn", 0);
        Page<String> kept = keep(projects, page("a", "b"));
        assertSame(kept, pages.<String>page(projects).orElseThrow());
        pages.committed(new RecordCommitted(Aggregate.PROJECT, "neascn", "c"));
        assertTrue(pages.page(projects).isEmpty());
    }

    @Test
    void aProjectPageEndsWithAPlanCommitToo() {
        ListPages.Key projects = key(Aggregate.PROJECT, "neascn", 0);
        keep(projects, page("a"));
        pages.committed(new RecordCommitted(Aggregate.PLAN, "neascn", "plan-1"));
        assertTrue(pages.page(projects).isEmpty());
    }

    @Test
    void commitsOfOtherRegistersAndNetworksLeaveThePage() {
        ListPages.Key projects = key(Aggregate.PROJECT, "neascn", 0);
        Page<String> kept = keep(projects, page("a"));
        pages.committed(new RecordCommitted(Aggregate.PROJECT, "ascn", "a"));
        pages.committed(new RecordCommitted(Aggregate.MEMBER, "neascn", "m"));
        assertSame(kept, pages.<String>page(projects).orElseThrow());
    }

    @Test
    void aPageReadAcrossACommitIsNotKept() {
        ListPages.Key projects = key(Aggregate.PROJECT, "neascn", 0);
        long before = pages.generation(Aggregate.PROJECT, "neascn");
        pages.committed(new RecordCommitted(Aggregate.PROJECT, "neascn", "a"));
        pages.remember(projects, before, page("a"));
        assertTrue(pages.page(projects).isEmpty());
    }

    @Test
    void missedCommitsEndEveryPage() {
        ListPages.Key projects = key(Aggregate.PROJECT, "neascn", 0);
        ListPages.Key members = key(Aggregate.MEMBER, "ascn", 0);
        keep(projects, page("a"));
        keep(members, page("m"));
        pages.missed(new CommitsMissed(Instant.now()));
        assertTrue(pages.page(projects).isEmpty());
        assertTrue(pages.page(members).isEmpty());
    }

    @Test
    void pastTheRowLimitThePagesKeptSoFarAreDropped() {
        int perPage = 20;
        int fit = ListPages.MAX_ROWS / perPage;
        String[] ids = IntStream.range(0, perPage).mapToObj(i -> "p" + i).toArray(String[]::new);
        for (int offset = 0; offset < fit; offset++) {
            keep(key(Aggregate.PROJECT, "neascn", offset), page(ids));
        }
        assertTrue(pages.page(key(Aggregate.PROJECT, "neascn", 0)).isPresent());
        Page<String> last = keep(key(Aggregate.PROJECT, "neascn", fit), page(ids));
        assertTrue(pages.page(key(Aggregate.PROJECT, "neascn", 0)).isEmpty());
        assertSame(last, pages.<String>page(key(Aggregate.PROJECT, "neascn", fit)).orElseThrow());
    }
}
