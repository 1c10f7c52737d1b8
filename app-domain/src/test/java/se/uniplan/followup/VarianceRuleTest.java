package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Variance in kr and per cent, and its colour: cost over budget, revenue or result under it are bad. */
class VarianceRuleTest {

    private static final VarianceRule RULE = VarianceRule.DEFAULT;

    @ParameterizedTest(name = "{0}: actual {1} against {2} is {3} % and {4}")
    @CsvSource({
        "COST,    11200, 10000,  12.0, ALERT",
        "COST,    11000, 10000,  10.0, ALERT",
        "COST,    10999, 10000,  10.0, ALERT",
        "COST,    10949, 10000,   9.5, WARN",
        "COST,    10500, 10000,   5.0, WARN",
        "COST,    10490, 10000,   4.9, OK",
        "COST,     8000, 10000, -20.0, OK",
        "REVENUE,  9400, 10000,  -6.0, WARN",
        "REVENUE,  8000, 10000, -20.0, ALERT",
        "REVENUE, 13000, 10000,  30.0, OK",
        "RESULT,   -1200, -1000, -20.0, ALERT",
        "RESULT,    -800, -1000,  20.0, OK",
        "RESULT,    940,   1000,  -6.0, WARN"})
    void levels(Measure measure, long actual, long planned, String percent, Level level) {
        Variance v = RULE.of(measure, actual, planned);
        assertEquals(actual - planned, v.amount());
        assertEquals(new BigDecimal(percent), v.percent());
        assertEquals(level, v.level());
    }

    @Test
    void nothingPlannedHasNoPercentageAndOnlyABadVarianceWarns() {
        Variance unplannedCost = RULE.of(Measure.COST, 500, 0);
        assertNull(unplannedCost.percent());
        assertEquals(Level.WARN, unplannedCost.level());
        assertEquals(Level.OK, RULE.of(Measure.REVENUE, 500, 0).level());
        assertEquals(Level.OK, RULE.of(Measure.COST, 0, 0).level());
    }

    @Test
    void thresholdsComeFromTheRule() {
        VarianceRule strict = new VarianceRule(BigDecimal.ONE, BigDecimal.valueOf(2));
        assertEquals(Level.ALERT, strict.of(Measure.COST, 10300, 10000).level());
        assertEquals(Level.WARN, strict.of(Measure.COST, 10150, 10000).level());
        assertThrows(IllegalArgumentException.class, () -> new VarianceRule(BigDecimal.TEN, BigDecimal.ONE));
    }
}
