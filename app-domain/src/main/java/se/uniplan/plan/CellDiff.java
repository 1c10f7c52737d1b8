package se.uniplan.plan;

/**
 * A figure that differs between an approval's snapshot and the plan now.
 *
 * @param activity the activity's code
 * @param account  the account's number
 * @param period   month 1-12
 * @param before   the amount in the snapshot
 * @param now      the amount now
 */
public record CellDiff(String activity, String account, int period, long before, long now) {

    public long change() {
        return now - before;
    }
}
