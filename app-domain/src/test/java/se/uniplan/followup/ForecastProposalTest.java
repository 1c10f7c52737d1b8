package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.uniplan.accounting.AccountKind;
import se.uniplan.plan.CellChange;
import se.uniplan.plan.CellValue;

/** The forecast proposal: actuals up to the last booked month, the budget after it, nothing else. */
class ForecastProposalTest {

    private static final Map<String, Long> ACCOUNTS = Map.of("3011", 2000L, "4011", 2008L);

    private static Fact actual(Long activity, String account, AccountKind kind, int month, long ore) {
        return new Fact(100L, activity, account, kind, month, ore);
    }

    private static Map<String, Long> amounts(ForecastProposal p) {
        return p.changes().stream().collect(Collectors.toMap(
                c -> c.activityId() + "/" + c.accountId() + "/" + c.period(), CellChange::amount));
    }

    @Test
    void monthsUpToTheLastBookedTakeActualsAndLaterMonthsTakeTheBudget() {
        List<Fact> actuals = List.of(actual(1000L, "4011", AccountKind.COST, 1, 123_450),
                actual(1000L, "4011", AccountKind.COST, 1, 10_000),
                actual(1000L, "3011", AccountKind.REVENUE, 2, 99_949),
                actual(1000L, "4011", AccountKind.COST, 3, 777_700));
        List<Fact> budget = List.of(actual(1000L, "4011", AccountKind.COST, 1, 500_000),
                actual(1000L, "4011", AccountKind.COST, 3, 600_000),
                actual(1000L, "3011", AccountKind.REVENUE, 12, 2_000_000));
        Map<String, Long> cells = amounts(ForecastProposal.merge(List.of(), actuals, budget, 2, ACCOUNTS));
        assertEquals(1335L, cells.get("1000/2008/1"), "133 450 öre is 1 334.50 kr, rounded half up");
        assertEquals(999L, cells.get("1000/2000/2"), "999.49 kr rounds down");
        assertEquals(6000L, cells.get("1000/2008/3"), "March is after the last booked month: the budget's");
        assertEquals(20000L, cells.get("1000/2000/12"));
        assertEquals(4, cells.size(), "a budget month up to the last booked month is not taken");
    }

    @Test
    void figuresThePlanHeldAndTheProposalLacksBecomeZero() {
        List<CellValue> current = List.of(new CellValue(1000, 2008, 5, 4711), new CellValue(1001, 2000, 1, 10));
        List<Fact> budget = List.of(actual(1000L, "4011", AccountKind.COST, 5, 300_000));
        Map<String, Long> cells = amounts(ForecastProposal.merge(current, List.of(), budget, 4, ACCOUNTS));
        assertEquals(3000L, cells.get("1000/2008/5"));
        assertEquals(0L, cells.get("1001/2000/1"), "nothing booked in January on it: zero, not last time's 10");
    }

    @Test
    void actualsThePlanCannotHoldAreLeftOutAndCounted() {
        List<Fact> actuals = List.of(actual(null, "4011", AccountKind.COST, 1, 5_000),
                actual(1000L, "9999", AccountKind.COST, 1, 2_500), actual(1000L, "3011", AccountKind.REVENUE, 1, 100));
        ForecastProposal p = ForecastProposal.merge(List.of(), actuals, List.of(), 1, ACCOUNTS);
        assertEquals(7_500, p.notPlaced());
        assertEquals(Map.of("1000/2000/1", 1L), amounts(p));
    }

    @Test
    void withNoActualsYetTheWholeYearComesFromTheBudget() {
        List<Fact> budget = List.of(actual(1000L, "4011", AccountKind.COST, 1, 100_000));
        assertEquals(Map.of("1000/2008/1", 1000L), amounts(ForecastProposal.merge(List.of(), List.of(), budget, 0, ACCOUNTS)));
    }

    @Test
    void ledgerAndPlanSignsBecomeTheUsersSign() {
        assertEquals(5000, Fact.fromLedger(AccountKind.REVENUE, -5000), "revenue is a credit in the ledger");
        assertEquals(5000, Fact.fromLedger(AccountKind.COST, 5000));
        assertEquals(-5000, Fact.fromLedger(AccountKind.COST, -5000), "a cost reversal lowers the cost");
        assertEquals(12_300, Fact.fromPlan(123));
        assertEquals(-2, Fact.toKronor(-150));
        assertEquals(-1, Fact.toKronor(-149));
        assertEquals(2, Fact.toKronor(150));
    }
}
