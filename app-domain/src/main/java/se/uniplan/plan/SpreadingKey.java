package se.uniplan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import se.uniplan.shared.RuleViolationException;

/**
 * A spreading key (periodiseringsnyckel): how a year total is spread over the twelve months.
 * The months always add up to the total exactly, in whole kronor; what rounding leaves over goes
 * to the months with the largest remainders (the earliest first on a tie).
 *
 * <pre>{@code
 * SpreadingKey.even().spread(100_000)                // 8 334 × 4, 8 333 × 8
 * SpreadingKey.like(lastYearsMonths).spread(120_000) // in last year's proportions
 * }</pre>
 */
public final class SpreadingKey {

    /** The kinds of key users choose between. */
    public enum Kind {
        EVEN,
        LIKE_LAST_YEAR,
        CUSTOM
    }

    private static final int SCALE = 12;

    private final BigDecimal[] weights;

    private SpreadingKey(BigDecimal[] weights) {
        if (weights.length != CellKey.PERIODS) {
            throw new RuleViolationException("error.spread.twelveWeights", CellKey.PERIODS);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) {
                throw new RuleViolationException("error.spread.negativeWeight");
            }
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw new RuleViolationException("error.spread.zeroWeights");
        }
        this.weights = weights.clone();
    }

    /** The same share each month. */
    public static SpreadingKey even() {
        BigDecimal[] w = new BigDecimal[CellKey.PERIODS];
        Arrays.fill(w, BigDecimal.ONE);
        return new SpreadingKey(w);
    }

    /**
     * In the proportions of another year's months, for example last year's budget of the same row.
     * The reference must be all of one sign and not all zero.
     */
    public static SpreadingKey like(long[] reference) {
        if (reference.length != CellKey.PERIODS) {
            throw new RuleViolationException("error.spread.twelveWeights", CellKey.PERIODS);
        }
        boolean anyNegative = Arrays.stream(reference).anyMatch(v -> v < 0);
        boolean anyPositive = Arrays.stream(reference).anyMatch(v -> v > 0);
        if (anyNegative && anyPositive) {
            throw new RuleViolationException("error.spread.mixedReference");
        }
        if (!anyNegative && !anyPositive) {
            throw new RuleViolationException("error.spread.noReference");
        }
        return new SpreadingKey(Arrays.stream(reference).mapToObj(v -> BigDecimal.valueOf(Math.abs(v)))
                .toArray(BigDecimal[]::new));
    }

    /** Weights the user typed, such as percentages; they need not add up to 100. */
    public static SpreadingKey custom(BigDecimal[] weights) {
        return new SpreadingKey(weights);
    }

    /** The twelve monthly amounts that add up to {@code total}. */
    public long[] spread(long total) {
        BigDecimal sum = Arrays.stream(weights).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal magnitude = BigDecimal.valueOf(Math.abs(total));
        long[] months = new long[CellKey.PERIODS];
        BigDecimal[] remainders = new BigDecimal[CellKey.PERIODS];
        long assigned = 0;
        for (int i = 0; i < CellKey.PERIODS; i++) {
            BigDecimal exact = magnitude.multiply(weights[i]).divide(sum, SCALE, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(0, RoundingMode.DOWN);
            months[i] = floor.longValueExact();
            remainders[i] = exact.subtract(floor);
            assigned += months[i];
        }
        long left = Math.abs(total) - assigned;
        int[] order = IntStream.range(0, CellKey.PERIODS).boxed()
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                        .thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            months[order[k % CellKey.PERIODS]]++;
        }
        if (total < 0) {
            for (int i = 0; i < months.length; i++) {
                months[i] = -months[i];
            }
        }
        return months;
    }
}
