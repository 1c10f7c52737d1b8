package se.uniplan.ledger;

/** The proof every load ends with: what was stored adds up to what the file says. */
public enum Reconciliation {
    /** The load did not get that far. */
    NOT_RUN,
    /** Every period and account stored sums to the file's own sum, and the file's balances agree. */
    AGREES,
    /** Something differs; the detail says what. A load that differs is never committed. */
    DIFFERS
}
