package se.uniplan.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.uniplan.shared.RuleViolationException;

class SpreadingKeyTest {

    @Test
    void evenSpreadPutsTheRemainderInTheEarliestMonths() {
        assertArrayEquals(new long[] {8334, 8334, 8334, 8334, 8333, 8333, 8333, 8333, 8333, 8333, 8333, 8333},
                SpreadingKey.even().spread(100_000));
    }

    @Test
    void negativeTotalsSpreadWithTheirSign() {
        long[] months = SpreadingKey.even().spread(-13);
        assertEquals(-13, Arrays.stream(months).sum());
        assertEquals(-2, months[0]);
        assertEquals(-1, months[11]);
    }

    @Test
    void likeLastYearKeepsTheProportions() {
        long[] lastYear = {0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 300};
        assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0, 30_000, 0, 0, 0, 0, 90_000},
                SpreadingKey.like(lastYear).spread(120_000));
    }

    @Test
    void likeLastYearNeedsSomethingToFollow() {
        RuleViolationException empty = assertThrows(RuleViolationException.class, () -> SpreadingKey.like(new long[12]));
        assertEquals("error.spread.noReference", empty.messageKey());
        long[] mixed = new long[12];
        mixed[0] = 5;
        mixed[1] = -5;
        assertEquals("error.spread.mixedReference",
                assertThrows(RuleViolationException.class, () -> SpreadingKey.like(mixed)).messageKey());
    }

    @Test
    void customWeightsNeedNotAddUpToAHundred() {
        BigDecimal[] weights = new BigDecimal[12];
        Arrays.fill(weights, BigDecimal.ZERO);
        weights[0] = new BigDecimal("1.5");
        weights[5] = new BigDecimal("0.5");
        long[] months = SpreadingKey.custom(weights).spread(1_001);
        assertEquals(751, months[0]);
        assertEquals(250, months[5]);
        assertEquals(1_001, Arrays.stream(months).sum());
    }

    @Test
    void refusesBadWeights() {
        BigDecimal[] negative = new BigDecimal[12];
        Arrays.fill(negative, BigDecimal.ONE);
        negative[3] = BigDecimal.valueOf(-1);
        assertEquals("error.spread.negativeWeight",
                assertThrows(RuleViolationException.class, () -> SpreadingKey.custom(negative)).messageKey());
        BigDecimal[] zero = new BigDecimal[12];
        Arrays.fill(zero, BigDecimal.ZERO);
        assertEquals("error.spread.zeroWeights",
                assertThrows(RuleViolationException.class, () -> SpreadingKey.custom(zero)).messageKey());
        assertEquals("error.spread.twelveWeights",
                assertThrows(RuleViolationException.class, () -> SpreadingKey.custom(new BigDecimal[11])).messageKey());
    }

    @Test
    void monthsAlwaysAddUpToTheTotal() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            long[] reference = new long[12];
            for (int m = 0; m < 12; m++) {
                reference[m] = random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000);
            }
            reference[random.nextInt(12)] = 1 + random.nextInt(1000);
            long total = random.nextLong() % 1_000_000_000L;
            assertEquals(total, Arrays.stream(SpreadingKey.like(reference).spread(total)).sum());
            assertEquals(total, Arrays.stream(SpreadingKey.even().spread(total)).sum());
        }
    }
}
