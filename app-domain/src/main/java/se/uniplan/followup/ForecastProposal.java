package se.uniplan.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.plan.CellChange;
import se.uniplan.plan.CellValue;

/**
 * The starting point of a forecast: actuals to date, and the budget for the rest of the year.
 * For every activity and account, each month up to the last month the ledger holds takes the
 * actuals (summed in öre, then rounded to whole kronor half away from zero, in the plan's sign:
 * revenue and cost positive), each later month takes the budget's figure. Every figure the plan
 * holds that the proposal does not is set to zero, as a copy does. Actuals the plan cannot hold
 * (booked on no activity, or on an account outside UniPlan's chart) are left out and reported.
 *
 * @param changes    the figures to write, each without an expected value
 * @param notPlaced  öre of actuals left out, in the users' sign (revenue and cost both counted positive)
 */
public record ForecastProposal(List<CellChange> changes, long notPlaced) {

    /**
     * @param current         the plan's figures now
     * @param actuals         the department's actuals by activity, account and month
     * @param budget          the budget's figures by activity, account and month
     * @param lastActualMonth the last fiscal month with actuals (0: none, so all from the budget)
     * @param accountIds      UniPlan's account id of each account number
     */
    public static ForecastProposal merge(List<CellValue> current, List<Fact> actuals, List<Fact> budget,
                                         int lastActualMonth, Map<String, Long> accountIds) {
        Map<String, long[]> cells = new LinkedHashMap<>();
        for (CellValue cell : current) {
            cells.put(key(cell.activityId(), cell.accountId(), cell.period()),
                    new long[] {cell.activityId(), cell.accountId(), cell.period(), 0});
        }
        Map<String, long[]> actualOre = new LinkedHashMap<>();
        long notPlaced = 0;
        for (Fact fact : actuals) {
            Long accountId = accountIds.get(fact.account());
            if (fact.month() > lastActualMonth) {
                continue;
            }
            if (fact.activityId() == null || accountId == null) {
                notPlaced += Math.abs(fact.amount());
                continue;
            }
            actualOre.computeIfAbsent(key(fact.activityId(), accountId, fact.month()),
                    k -> new long[] {fact.activityId(), accountId, fact.month(), 0})[3] += fact.amount();
        }
        for (long[] a : actualOre.values()) {
            cells.put(key(a[0], a[1], (int) a[2]), new long[] {a[0], a[1], a[2], Fact.toKronor(a[3])});
        }
        Map<String, long[]> budgetOre = new LinkedHashMap<>();
        for (Fact fact : budget) {
            Long accountId = accountIds.get(fact.account());
            if (fact.month() > lastActualMonth && accountId != null && fact.activityId() != null) {
                budgetOre.computeIfAbsent(key(fact.activityId(), accountId, fact.month()),
                        k -> new long[] {fact.activityId(), accountId, fact.month(), 0})[3] += fact.amount();
            }
        }
        for (long[] b : budgetOre.values()) {
            cells.put(key(b[0], b[1], (int) b[2]), new long[] {b[0], b[1], b[2], Fact.toKronor(b[3])});
        }
        List<CellChange> changes = new ArrayList<>();
        for (long[] c : cells.values()) {
            changes.add(new CellChange(c[0], c[1], (int) c[2], null, c[3]));
        }
        return new ForecastProposal(changes, notPlaced);
    }

    private static String key(long activityId, long accountId, int month) {
        return activityId + "/" + accountId + "/" + month;
    }
}
