package org.neascn.server.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What readers work out from a page is kept only while the page is kept, once per key, within
 * the entries of one page and the bytes of all.
 */
class PageMemoTest {

    private final ListPages pages = new ListPages();
    private final AtomicInteger derivations = new AtomicInteger();

    private static Page<String> page(String... ids) {
        return new Page<>(List.of(ids).stream().map(id -> new Stored<>(id, 1)).toList(), ids.length, 0, 20);
    }

    private Page<String> kept(Page<String> page) {
        return kept(page, 0);
    }

    private Page<String> kept(Page<String> page, int offset) {
        ListPages.Key key = new ListPages.Key(Aggregate.MEMBER, "neascn", new ReadScope(false, null, null),
                new ListQuery(Map.of(), null, null, offset, 20));
        pages.remember(key, pages.generation(Aggregate.MEMBER, "neascn"), page);
        return page;
    }

    private Page<String> derive(Page<String> page) {
        derivations.incrementAndGet();
        return page(page.items().get(0).record());
    }

    @Test
    void aPageThatIsNotKeptKeepsNothing() {
        Page<String> page = page("a", "b");
        assertNotSame(page.memo().derived("public", () -> derive(page)), page.memo().derived("public", () -> derive(page)));
        assertEquals(2, derivations.get());
        page.memo().rendered("en", new byte[] {1});
        assertTrue(page.memo().rendering("en").isEmpty());
    }

    @Test
    void aKeptPageDerivesOncePerKeyAndItsDerivedPageKeepsItsJson() {
        Page<String> page = kept(page("a", "b"));
        Page<String> forPublic = page.memo().derived("public", () -> derive(page));
        assertSame(forPublic, page.memo().derived("public", () -> derive(page)));
        assertNotSame(forPublic, page.memo().derived("secretariat", () -> derive(page)));
        assertEquals(2, derivations.get());
        forPublic.memo().rendered("ko", new byte[] {'{', '}'});
        assertArrayEquals(new byte[] {'{', '}'}, forPublic.memo().rendering("ko").orElseThrow());
        assertTrue(forPublic.memo().rendering("en").isEmpty());
        assertEquals("view", forPublic.memo().value("ko", () -> "view"));
        assertEquals("view", forPublic.memo().value("ko", () -> "another"));
    }

    @Test
    void aPageKeepsAtMostItsEntries() {
        Page<String> page = kept(page("a"));
        for (int i = 0; i < PageMemo.ENTRIES + 3; i++) {
            page.memo().derived("caller " + i, () -> derive(page));
        }
        int before = derivations.get();
        page.memo().derived("caller " + (PageMemo.ENTRIES + 1), () -> derive(page));
        page.memo().derived("caller 0", () -> derive(page));
        assertEquals(before + 1, derivations.get(), "the first callers' pages are kept, the later ones' are not");
    }

    @Test
    void jsonBeyondTheBytesOfAllIsNotKept() {
        Page<String> page = kept(page("a"));
        page.memo().rendered("large", new byte[(int) ListPages.MAX_BYTES + 1]);
        assertTrue(page.memo().rendering("large").isEmpty());
        page.memo().rendered("small", new byte[16]);
        assertTrue(page.memo().rendering("small").isPresent());
    }

    @Test
    void aReplacedPageGivesBackWhatItsMemoHeld() {
        int most = (int) ListPages.MAX_BYTES - 16;
        Page<String> first = kept(page("a"));
        first.memo().derived("public", () -> derive(first)).memo().rendered("en", new byte[most]);
        pages.committed(new RecordCommitted(Aggregate.MEMBER, "neascn", "a"));
        Page<String> next = kept(page("a"));
        next.memo().rendered("en", new byte[most]);
        assertTrue(next.memo().rendering("en").isPresent(), "the first page's JSON went back to the budget");
        Page<String> other = kept(page("b"), 20);
        assertSame(other, pages.<String>page(new ListPages.Key(Aggregate.MEMBER, "neascn", new ReadScope(false, null, null),
                new ListQuery(Map.of(), null, null, 20, 20))).orElseThrow());
        assertTrue(pages.page(new ListPages.Key(Aggregate.MEMBER, "neascn", new ReadScope(false, null, null),
                new ListQuery(Map.of(), null, null, 0, 20))).isPresent(), "nothing was spent, nothing dropped");
    }

    @Test
    void aSpentBudgetDropsThePagesAtTheNextKeepAndJsonIsKeptAgain() {
        Page<String> first = kept(page("a"));
        first.memo().rendered("en", new byte[(int) ListPages.MAX_BYTES]);
        first.memo().rendered("zh", new byte[16]);
        Page<String> second = kept(page("b"), 20);
        assertTrue(pages.page(new ListPages.Key(Aggregate.MEMBER, "neascn", new ReadScope(false, null, null),
                new ListQuery(Map.of(), null, null, 0, 20))).isEmpty(), "the spent budget's pages are dropped");
        second.memo().rendered("en", new byte[16]);
        assertTrue(second.memo().rendering("en").isPresent());
    }

    @Test
    void theMemoIsNoPartOfThePagesValue() {
        Page<String> one = kept(page("a"));
        one.memo().rendered("en", new byte[] {1});
        assertEquals(page("a"), one);
        assertEquals(page("a").hashCode(), one.hashCode());
    }
}
