package se.uniplan.followup;

import java.util.List;

/**
 * Everything the follow-up page and API show for one level: where it is in the tree, the rows of
 * the level below with their variances, the level's revenue, cost and result, the monthly series
 * for the chart, and, at an account, the transactions behind it.
 *
 * @param fiscalYear      the fiscal year's label, e.g. "2026"
 * @param view            the period view
 * @param month           the chosen fiscal month 1-12
 * @param lastActualMonth the last fiscal month the ledger holds (0: none yet)
 * @param childKind       what the rows are: units, activities, accounts; null at an account
 * @param measure         what the chart and the rows of units and activities show
 * @param budgetRound     the budget round's label, or null if the year has none
 * @param forecastRound   the forecast round's label, or null if the year has none
 * @param transactions    the lines behind the account shown, or null above account level
 */
public record FollowUpReport(String fiscalYear, PeriodView view, int month, int lastActualMonth, List<PathStep> path,
                             RowKind childKind, Measure measure, List<FollowUpRow> rows, List<FollowUpRow> totals,
                             List<MonthPoint> months, String budgetRound, String forecastRound,
                             TransactionPage transactions) {

    /** The step shown: the last of the path. */
    public PathStep current() {
        return path.get(path.size() - 1);
    }
}
