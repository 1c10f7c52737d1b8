package se.uniplan.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerBalance.Kind;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerProblem;

class ReconcilerTest {

    private static final PeriodAccount MARCH_4011 = new PeriodAccount(202603, "4011");
    private static final PeriodAccount MARCH_1930 = new PeriodAccount(202603, "1930");

    @Test
    void agreesWhenEveryPeriodAndAccountMatchesAndNoRowIsMissing() {
        var result = Reconciler.reconcile(Map.of(MARCH_4011, 500L, MARCH_1930, -500L),
                Map.of(MARCH_4011, new long[] {500, 2}, MARCH_1930, new long[] {-500, 1}), 3);
        assertTrue(result.agrees(), result.detail());
        assertTrue(result.detail().contains("3 rows"), result.detail());
    }

    @Test
    void differsOnAnAmountOnAMissingPeriodAndOnTheRowCount() {
        var result = Reconciler.reconcile(Map.of(MARCH_4011, 500L, MARCH_1930, -500L),
                Map.of(MARCH_4011, new long[] {400, 2}), 3);
        assertFalse(result.agrees());
        assertEquals(3, result.differences().size(), result.differences().toString());
        assertTrue(result.differences().get(0).startsWith("rows 2 ≠ 3"));
    }

    @Test
    void statedBalancesAreCheckedAgainstTheLinesOfTheCurrentYearOnly() {
        List<LedgerBalance> balances = List.of(
                new LedgerBalance(10, Kind.RESULT, 0, 0, "4011", LedgerDimensions.NONE, 500),
                new LedgerBalance(11, Kind.RESULT, -1, 0, "4011", LedgerDimensions.NONE, 999),
                new LedgerBalance(12, Kind.OPENING, 0, 0, "1930", LedgerDimensions.NONE, 1_000),
                new LedgerBalance(13, Kind.CLOSING, 0, 0, "1930", LedgerDimensions.NONE, 400),
                new LedgerBalance(14, Kind.PERIOD_CHANGE, 0, 202603, "4011", LedgerDimensions.NONE, 501),
                new LedgerBalance(15, Kind.PERIOD_CHANGE, 0, 202603, "4011",
                        new LedgerDimensions("NT-FYS", null, null, null, null), 7));
        List<LedgerProblem> problems = Reconciler.checkBalances(balances, Map.of(MARCH_4011, 500L, MARCH_1930, -500L));
        assertEquals(List.of(13L, 14L), problems.stream().map(LedgerProblem::sourceLine).toList());
        assertTrue(problems.get(0).value().contains("−6,00 ≠ −5,00"), problems.get(0).value());
    }

    @Test
    void amountsReadAsSwedishKronor() {
        assertEquals("1\u00a0234,56", Amounts.format(123456));
        assertEquals("−0,05", Amounts.format(-5));
    }
}
