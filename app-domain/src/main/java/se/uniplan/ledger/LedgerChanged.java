package se.uniplan.ledger;

/**
 * What the ledger holds for these periods of a source has changed: a load committed, or one was
 * undone. Fired asynchronously after the change, for whoever keeps figures derived from it.
 *
 * @param firstPeriod the first period ({@code yyyyMM}) the change touches
 * @param lastPeriod  the last
 */
public record LedgerChanged(String source, int firstPeriod, int lastPeriod) {
}
