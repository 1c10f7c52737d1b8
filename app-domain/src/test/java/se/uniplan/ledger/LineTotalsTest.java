package se.uniplan.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LineTotalsTest {

    @Test
    void sumsAndCountsEqualAPlainMapsOverManyKeys() {
        LineTotals totals = new LineTotals();
        List<LineTotals.Slot> slots = List.of(totals.slot(null, null), totals.slot(7L, null), totals.slot(7L, 70L),
                totals.slot(8L, 80L));
        Map<LoadingSink.TotalKey, long[]> plain = new HashMap<>();
        TreeSet<Integer> periods = new TreeSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            int period = 202601 + random.nextInt(13);
            String account = Integer.toString(3000 + random.nextInt(500));
            LineTotals.Slot slot = slots.get(random.nextInt(slots.size()));
            long amount = random.nextInt(2_000_000) - 1_000_000L;
            totals.add(period, account, slot, amount);
            long[] sum = plain.computeIfAbsent(new LoadingSink.TotalKey(period, slot.unitId(), slot.activityId(), account),
                    k -> new long[2]);
            sum[0] += amount;
            sum[1]++;
            periods.add(period);
        }
        Map<LoadingSink.TotalKey, long[]> packed = totals.asMap();
        assertEquals(plain.size(), packed.size());
        plain.forEach((k, v) -> assertArrayEquals(v, packed.get(k), k.toString()));
        assertEquals(periods, totals.periods());
    }

    @Test
    void linesOfDifferentCodesThatMapOntoTheSameUnitAndActivityAddUp() {
        LineTotals totals = new LineTotals();
        LineTotals.Slot unknownCostCentre = totals.slot(null, null);
        LineTotals.Slot noCostCentre = totals.slot(null, null);
        totals.add(202603, "4011", unknownCostCentre, 100);
        totals.add(202603, "4011", noCostCentre, 50);
        assertEquals(1, totals.asMap().size());
        assertArrayEquals(new long[] {150, 2}, totals.asMap().get(new LoadingSink.TotalKey(202603, null, null, "4011")));
    }

    @Test
    void aPeriodBeyondWhatTheKeyHoldsIsRefusedRatherThanMixedUp() {
        LineTotals totals = new LineTotals();
        LineTotals.Slot slot = totals.slot(1L, 2L);
        assertThrows(IllegalArgumentException.class, () -> totals.add(600_000, "4011", slot, 1));
        assertThrows(IllegalArgumentException.class, () -> totals.add(-1, "4011", slot, 1));
    }
}
