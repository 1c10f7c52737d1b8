package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.uniplan.accounting.AccountKind;

/** Figures are read once per key; a new key (a new load, a reopened round) reads them again. */
class FactCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private List<Fact> read() {
        reads.incrementAndGet();
        return List.of(new Fact(1L, null, null, AccountKind.COST, 1, reads.get()));
    }

    @Test
    void aKeyIsReadOnceAndANewKeyAgain() {
        FactCache cache = new FactCache(2);
        assertEquals(1, cache.get("UNIT|loads 1", this::read).get(0).amount());
        assertEquals(1, cache.get("UNIT|loads 1", this::read).get(0).amount());
        assertEquals(2, cache.get("UNIT|loads 2", this::read).get(0).amount(), "another load: read again");
        assertEquals(2, reads.get());
    }

    @Test
    void theLeastRecentlyUsedKeyGoesFirst() {
        FactCache cache = new FactCache(2);
        cache.get("a", this::read);
        cache.get("b", this::read);
        cache.get("a", this::read);
        cache.get("c", this::read);
        assertEquals(3, reads.get());
        cache.get("a", this::read);
        assertEquals(3, reads.get(), "a was used recently and stayed");
        cache.get("b", this::read);
        assertEquals(4, reads.get(), "b was the least recently used and went");
    }
}
