package se.uniplan.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongLongMapTest {

    @Test
    void addsLikeAHashMapThroughGrowthAndAtTheEmptyMarker() {
        LongLongMap map = new LongLongMap(4);
        Map<Long, Long> reference = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long key = i % 3 == 0 ? Long.MIN_VALUE + random.nextInt(3) : random.nextInt(20_000);
            long delta = random.nextInt(1000) - 500;
            long normalised = key == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : key;
            assertEquals(reference.merge(normalised, delta, Long::sum), map.add(key, delta));
        }
        assertEquals(reference.size(), map.size());
        assertTrue(map.contains(Long.MIN_VALUE));
    }
}
