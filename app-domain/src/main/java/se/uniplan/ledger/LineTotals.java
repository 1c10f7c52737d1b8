package se.uniplan.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sums a load keeps per period, unit, activity and account: one row of {@code ledger_total}
 * each. Ten million lines add into a few hundred thousand sums, so adding a line must not cost an
 * object or a walk through boxed keys: the period, a small number for the account and a small
 * number for the line's unit and activity pack into one {@code long}, looked up in an
 * open-addressing table. Not thread-safe; one per load.
 */
final class LineTotals {

    /** Bits for the account's and the unit-and-activity's small numbers; the period takes the rest. */
    private static final int BITS = 22;
    private static final int PERIOD_LIMIT = 1 << (63 - 2 * BITS);

    /** A unit and activity a line maps onto, and the small number its sums are kept under. */
    record Slot(Long unitId, Long activityId, int index) {
    }

    private final Map<String, Integer> accounts = new HashMap<>();
    private final List<String> accountNames = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final Map<List<Long>, Slot> slotsByUnitAndActivity = new HashMap<>();
    private final LongLongMap positions = new LongLongMap(1 << 16);
    private long[] keys = new long[1 << 12];
    private long[] sums = new long[1 << 12];
    private long[] counts = new long[1 << 12];
    private int size;

    /**
     * The slot of a unit and activity (either may be null). Many cost centres and activity types can
     * map onto the same pair (all of them onto none, when no code is a unit's); their lines add up
     * under the one slot, as they do in {@code ledger_total}.
     */
    Slot slot(Long unitId, Long activityId) {
        return slotsByUnitAndActivity.computeIfAbsent(Arrays.asList(unitId, activityId), k -> {
            if (slots.size() == 1 << BITS) {
                throw new IllegalStateException("more than " + (1 << BITS) + " units and activities in one load");
            }
            Slot slot = new Slot(unitId, activityId, slots.size());
            slots.add(slot);
            return slot;
        });
    }

    void add(int period, String account, Slot slot, long amount) {
        if (period < 0 || period >= PERIOD_LIMIT) {
            throw new IllegalArgumentException("period " + period);
        }
        Integer accountIndex = accounts.get(account);
        if (accountIndex == null) {
            if (accountNames.size() == 1 << BITS) {
                throw new IllegalStateException("more than " + (1 << BITS) + " accounts in one load");
            }
            accountIndex = accountNames.size();
            accounts.put(account, accountIndex);
            accountNames.add(account);
        }
        long key = ((long) period << (2 * BITS)) | ((long) accountIndex << BITS) | slot.index();
        int position = (int) positions.putIfAbsent(key, size);
        if (position == size) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                sums = Arrays.copyOf(sums, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            keys[size++] = key;
        }
        sums[position] += amount;
        counts[position]++;
    }

    /** Per period, unit, activity and account: {sum in öre, line count}, in the order first met. */
    Map<LoadingSink.TotalKey, long[]> asMap() {
        Map<LoadingSink.TotalKey, long[]> map = new LinkedHashMap<>(size * 2);
        long mask = (1L << BITS) - 1;
        for (int i = 0; i < size; i++) {
            long key = keys[i];
            Slot slot = slots.get((int) (key & mask));
            map.put(new LoadingSink.TotalKey((int) (key >>> (2 * BITS)), slot.unitId(), slot.activityId(),
                    accountNames.get((int) ((key >>> BITS) & mask))), new long[] {sums[i], counts[i]});
        }
        return map;
    }

    /** The periods with at least one line. */
    TreeSet<Integer> periods() {
        TreeSet<Integer> periods = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            periods.add((int) (keys[i] >>> (2 * BITS)));
        }
        return periods;
    }
}
