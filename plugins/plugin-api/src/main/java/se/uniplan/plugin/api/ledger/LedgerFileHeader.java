package se.uniplan.plugin.api.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * What a file says about itself.
 *
 * @param format      e.g. "SIE 4E", "SIE 2", "UBW agltransact CSV", "UBW aglaccounts CSV"
 * @param content     what the file carries, so the core knows how to load it
 * @param encoding    the character set the reader decoded it with (after sniffing), e.g. "IBM437"
 * @param program     the program that wrote it, if stated (SIE {@code #PROGRAM}), else empty
 * @param generated   when it was written, if stated (SIE {@code #GEN}), else null
 * @param company     the company's name (SIE {@code #FNAMN}, UBW client), else empty
 * @param fiscalYears the fiscal years the file declares (SIE {@code #RAR}), newest first; may be empty
 */
public record LedgerFileHeader(String format, Content content, String encoding, String program, LocalDate generated,
                               String company, List<FiscalYearSpan> fiscalYears) {

    /** What a file carries. */
    public enum Content {
        /** Posted voucher lines (SIE 4, agltransact). Loading it replaces or adds ledger lines. */
        TRANSACTIONS,
        /** Period balances only (SIE 2 and 3: {@code #PSALDO}), no vouchers. */
        PERIOD_BALANCES,
        /** Year balances only (SIE 1). */
        YEAR_BALANCES,
        /** Master data only: accounts or dimension values (aglaccounts, agldimvalue, SIE 4I without lines). */
        MASTER_DATA
    }

    public LedgerFileHeader {
        program = program == null ? "" : program;
        company = company == null ? "" : company;
        fiscalYears = fiscalYears == null ? List.of() : List.copyOf(fiscalYears);
    }

    /**
     * A fiscal year as the file declares it (SIE {@code #RAR}); it need not follow the calendar.
     *
     * @param index 0 for the current year, -1 for the previous and so on
     */
    public record FiscalYearSpan(int index, LocalDate start, LocalDate end) {
    }
}
