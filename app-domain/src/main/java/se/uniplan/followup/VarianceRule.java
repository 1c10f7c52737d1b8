package se.uniplan.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Colours a variance. A variance in the good direction (cost under budget, revenue or result over
 * it) is always {@link Level#OK}. A bad one is {@link Level#ALERT} from {@code alertPercent} of the
 * planned figure, {@link Level#WARN} from {@code warnPercent}, else OK. A bad variance on a figure
 * nobody planned (planned = 0) has no percentage and is a {@link Level#WARN}: unplanned spending
 * should be seen, but it is not measured against anything.
 *
 * <p>Example: with the defaults 5 and 10, a cost of 112 against a budget of 100 is +12 % and ALERT;
 * revenue of 94 against 100 is −6 % and WARN; cost of 80 against 100 is −20 % and OK.
 *
 * @param warnPercent  from how many per cent a bad variance warns (MicroProfile Config
 *                     {@code uniplan.followup.variance.warn-percent}, default 5)
 * @param alertPercent from how many per cent it alerts ({@code uniplan.followup.variance.alert-percent}, default 10)
 */
public record VarianceRule(BigDecimal warnPercent, BigDecimal alertPercent) {

    public static final VarianceRule DEFAULT = new VarianceRule(BigDecimal.valueOf(5), BigDecimal.valueOf(10));

    public VarianceRule {
        if (warnPercent.signum() < 0 || alertPercent.compareTo(warnPercent) < 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= warn <= alert: " + warnPercent + ", " + alertPercent);
        }
    }

    /** The variance of {@code actual} against {@code planned}, both in öre, for a row of this measure. */
    public Variance of(Measure measure, long actual, long planned) {
        long amount = actual - planned;
        BigDecimal percent = planned == 0 ? null
                : BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(Math.abs(planned)), 1, RoundingMode.HALF_UP);
        boolean bad = Long.signum(amount) == -measure.goodDirection();
        Level level;
        if (!bad) {
            level = Level.OK;
        } else if (percent == null) {
            level = Level.WARN;
        } else if (percent.abs().compareTo(alertPercent) >= 0) {
            level = Level.ALERT;
        } else if (percent.abs().compareTo(warnPercent) >= 0) {
            level = Level.WARN;
        } else {
            level = Level.OK;
        }
        return new Variance(amount, percent, level);
    }
}
