package se.uniplan.plugin.api.ledger;

/**
 * Something wrong in a file, on a line. The core turns the kind into a message in the user's
 * language and shows the value beside it.
 *
 * @param sourceLine the file's line number (1-based), 0 if the problem concerns the whole file
 * @param kind       what is wrong
 * @param value      the offending text or figures, short and free of personal data, e.g.
 *                   {@code "9999"} or {@code "A 12: 100,00 ≠ 0"}
 */
public record LedgerProblem(long sourceLine, Kind kind, String value) {

    /** What can be wrong with a ledger file. */
    public enum Kind {
        /** A line that cannot be parsed: wrong field count, not a number, not a date. */
        MALFORMED_LINE,
        /** The file's bytes do not decode as its stated or sniffed encoding without garbling å/ä/ö. */
        GARBLED_ENCODING,
        /** A voucher whose lines do not add up to zero. */
        UNBALANCED_VOUCHER,
        /** A line on an account the chart of accounts does not have. */
        UNKNOWN_ACCOUNT,
        /** A line with a dimension value that is not declared. */
        UNKNOWN_DIMENSION_VALUE,
        /** A line dated or numbered outside the fiscal year it claims. */
        PERIOD_OUTSIDE_FISCAL_YEAR,
        /** The file's own checksum (SIE {@code #KSUMMA}) does not match its content. */
        CHECKSUM_MISMATCH,
        /** Two lines with the same key. */
        DUPLICATE_KEY,
        /** A stated balance that the file's own lines do not add up to. */
        BALANCE_MISMATCH,
        /**
         * A file of balances (SIE 3) that gives an account's period change only per object, never
         * for the whole account: overlapping objects cannot tell the account's total.
         */
        ACCOUNT_BALANCE_MISSING,
        /** A file this reader understands but that holds nothing it can load. */
        UNSUPPORTED_CONTENT
    }
}
