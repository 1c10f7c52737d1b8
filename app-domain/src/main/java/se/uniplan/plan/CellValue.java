package se.uniplan.plan;

/** A figure as read: activity, account, period (1-12) and amount in whole kronor. */
public record CellValue(long activityId, long accountId, int period, long amount) {
}
