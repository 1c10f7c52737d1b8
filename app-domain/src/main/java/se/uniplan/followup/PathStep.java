package se.uniplan.followup;

/**
 * One step of the drill-down path, from the university down to the level shown: enough to link
 * back to it. {@code reachable} is false for a unit above the reader's authority, which the page
 * names but does not link.
 *
 * @param unitId     the unit of the step
 * @param activityId the activity, {@link FollowUpService#UNASSIGNED} for what no activity holds, or null
 * @param account    the account number, or null
 * @param label      the unit's or activity's name, or the account's number and name; null for unassigned
 */
public record PathStep(RowKind kind, long unitId, Long activityId, String account, String label, boolean reachable) {
}
