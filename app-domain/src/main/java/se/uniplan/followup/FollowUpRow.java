package se.uniplan.followup;

/**
 * One line of a follow-up table, in öre: the actual, budget and forecast of the row's measure over
 * the chosen months, with the variances against budget and forecast. {@code forecast} and
 * {@code vsForecast} are null when the fiscal year has no forecast round.
 *
 * @param id   the unit's or activity's id, or null for accounts, unassigned and totals
 * @param code the unit's or activity's code, or the account number
 */
public record FollowUpRow(RowKind kind, Long id, String code, String name, Measure measure, long actual, long budget,
                          Long forecast, Variance vsBudget, Variance vsForecast) {
}
