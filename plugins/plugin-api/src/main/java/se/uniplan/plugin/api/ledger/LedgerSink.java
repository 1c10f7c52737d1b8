package se.uniplan.plugin.api.ledger;

/**
 * Where a {@link LedgerFileReader} streams what it reads. The core implements it; calls come
 * on the reading thread, in file order. Master data ({@link #account}, {@link #dimensionValue})
 * that a file declares arrives before the lines that use it, as both SIE and UBW order them.
 */
public interface LedgerSink {

    /** What the file says about itself: once, before any other record. */
    void header(LedgerFileHeader header);

    /** An account of the chart of accounts (SIE {@code #KONTO}/{@code #KTYP}, UBW {@code aglaccounts}). */
    void account(LedgerAccount account);

    /** A dimension value (SIE {@code #OBJEKT}, UBW {@code agldimvalue}). */
    void dimensionValue(LedgerDimensionValue value);

    /** One posted line of a voucher (SIE {@code #TRANS}, UBW {@code agltransact}). */
    void line(LedgerLine line);

    /** A balance the file states (SIE {@code #IB #UB #RES #PSALDO #PBUDGET #OIB #OUB}). */
    void balance(LedgerBalance balance);

    /** Something in the file that is wrong, with the line it is on. */
    void problem(LedgerProblem problem);
}
