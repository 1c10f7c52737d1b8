package se.uniplan.ledger;

/**
 * What a load came to, before it is written to its {@link LedgerLoad}.
 *
 * @param messageKey   a bundle key for why the load ended as it did (refused, failed), or null
 * @param messageValue the value the message names (a file, a figure), or null
 */
public record LoadOutcome(LoadStatus status, String format, String content, String encoding, long linesRead,
                          long rowsLoaded, long rowsRefused, long rowsSkipped, long problemCount, Integer firstPeriod,
                          Integer lastPeriod, Reconciliation reconciliation, String reconciliationDetail,
                          String messageKey, String messageValue) {

    /** The same outcome, ended otherwise: nothing of it was loaded. */
    public LoadOutcome notLoaded(LoadStatus endedAs, String key, String value) {
        return new LoadOutcome(endedAs, format, content, encoding, linesRead, 0, rowsRefused, rowsSkipped, problemCount,
                firstPeriod, lastPeriod, reconciliation, reconciliationDetail, key, value);
    }

    /** A load that ended before it read anything worth reporting. */
    public static LoadOutcome ended(LoadStatus endedAs, String key, String value) {
        return new LoadOutcome(endedAs, null, null, null, 0, 0, 0, 0, 0, null, null, Reconciliation.NOT_RUN, null, key, value);
    }
}
