package se.uniplan.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last figures read for a few levels, so that the university level answers quickly however
 * large the ledger is. A key names everything the figures depend on, including a fingerprint of
 * which loads hold which periods (for actuals) or the version of a closed round (for plans): when
 * either changes, the key changes and the figures are read again, so the cache never serves
 * figures the database no longer holds. Least recently used keys go first.
 */
final class FactCache {

    private final Map<String, List<Fact>> entries;

    FactCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Fact>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The figures of {@code key}, read by {@code reader} unless they are held already. */
    List<Fact> get(String key, Supplier<List<Fact>> reader) {
        synchronized (entries) {
            List<Fact> held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        List<Fact> read = List.copyOf(reader.get());
        synchronized (entries) {
            entries.put(key, read);
        }
        return read;
    }
}
