package se.uniplan.plan;

/**
 * One figure to write. {@code expected} is the amount the writer saw; when it is given and the
 * cell holds something else, someone changed it meanwhile and the write is refused.
 *
 * @param activityId the activity (of the plan's department)
 * @param accountId  the account
 * @param period     month 1-12 of the fiscal year
 * @param expected   the amount the writer saw, or null to overwrite whatever is there
 * @param amount     the new amount in whole kronor
 */
public record CellChange(long activityId, long accountId, int period, Long expected, long amount) {
}
