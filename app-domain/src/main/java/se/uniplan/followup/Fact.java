package se.uniplan.followup;

import se.uniplan.accounting.AccountKind;

/**
 * One summed figure read from the ledger or a plan, already in the users' sign (revenue and cost
 * both positive, in öre) and in a fiscal month. Which of unit, activity and account are filled
 * depends on how finely the figures were grouped for the level being shown.
 *
 * @param unitId     the org unit the figure is booked on, or null if not grouped by unit
 * @param activityId the activity, or null if not grouped by activity or booked on none
 * @param account    the account number, or null if not grouped by account
 * @param kind       revenue or cost
 * @param month      fiscal month 1-12
 * @param amount     öre, positive for revenue received and cost incurred
 */
public record Fact(Long unitId, Long activityId, String account, AccountKind kind, int month, long amount) {

    /** A ledger amount (öre, debit positive, so revenue negative) in the users' sign. */
    public static long fromLedger(AccountKind kind, long ledgerAmount) {
        return kind == AccountKind.REVENUE ? -ledgerAmount : ledgerAmount;
    }

    /** A plan amount (whole kronor, revenue and cost both positive) in öre. */
    public static long fromPlan(long kronor) {
        return Math.multiplyExact(kronor, 100L);
    }

    /** Öre as whole kronor as a plan holds them, rounded half away from zero. */
    public static long toKronor(long ore) {
        long whole = (Math.abs(ore) + 50) / 100;
        return ore < 0 ? -whole : whole;
    }

    Split split() {
        return kind == AccountKind.REVENUE ? new Split(amount, 0) : new Split(0, amount);
    }
}
