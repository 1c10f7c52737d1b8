package se.uniplan.plugin.api.ledger;

/**
 * A balance that the file states. The core checks the lines it loaded against these and, for
 * files without vouchers (SIE 2 and 3), loads {@link Kind#PERIOD_CHANGE} as the period's actuals.
 *
 * @param sourceLine the file's line number
 * @param kind       which balance
 * @param yearIndex  the fiscal year it belongs to (0 current, -1 previous), as {@code #RAR} numbers them
 * @param period     {@code yyyyMM} for period balances, 0 for year balances
 * @param account    the account number
 * @param dimensions the object the balance is for ({@code #OIB}, {@code #OUB}, objects on
 *                   {@code #PSALDO}/{@code #PBUDGET}), or {@link LedgerDimensions#NONE}
 * @param amount     öre
 */
public record LedgerBalance(long sourceLine, Kind kind, int yearIndex, int period, String account,
                            LedgerDimensions dimensions, long amount) {

    /** Which balance a record states. */
    public enum Kind {
        /** #IB: opening balance of a balance-sheet account. */
        OPENING,
        /** #UB: closing balance of a balance-sheet account. */
        CLOSING,
        /** #RES: the year's result on a result account. */
        RESULT,
        /** #PSALDO: the period's change (not a running balance). */
        PERIOD_CHANGE,
        /** #PBUDGET: the period's budget. */
        PERIOD_BUDGET,
        /** #OIB: opening balance of an object. */
        OBJECT_OPENING,
        /** #OUB: closing balance of an object. */
        OBJECT_CLOSING
    }
}
