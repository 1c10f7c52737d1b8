package se.uniplan.plugin.api.ledger;

import java.util.Map;

/**
 * What a reader counted on its own while reading, for the core's reconciliation: the core proves
 * that what it stored adds up to exactly this.
 *
 * @param linesRead     physical lines (or rows) read from the file
 * @param ledgerLines   ledger lines handed to the sink
 * @param controlTotals the sum of amounts (öre) of the lines handed to the sink, per period and account
 */
public record LedgerFileSummary(long linesRead, long ledgerLines, Map<PeriodAccount, Long> controlTotals) {

    public LedgerFileSummary {
        controlTotals = Map.copyOf(controlTotals);
    }

    /** A period ({@code yyyyMM}) and an account number. */
    public record PeriodAccount(int period, String account) {
    }
}
