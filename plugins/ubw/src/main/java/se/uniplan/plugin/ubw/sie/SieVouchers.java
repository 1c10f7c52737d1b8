package se.uniplan.plugin.ubw.sie;

import java.time.LocalDate;
import java.util.function.Supplier;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.FiscalYearSpan;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/**
 * The vouchers: {@code #VER} and its block of {@code #TRANS}, {@code #RTRANS} and {@code #BTRANS}
 * in braces. Each counted line gets the key {@code "<series> <number> #<n>"}, n being its place
 * among the voucher's counted lines, so that the same export gives the same keys.
 *
 * <p>An {@code #RTRANS} (a line added afterwards) is always repeated by an identical {@code #TRANS}
 * right after it, for readers that do not know {@code #RTRANS}; the {@code #TRANS} is counted and
 * the {@code #RTRANS} is not. Only an {@code #RTRANS} that is not repeated is loaded itself.
 * {@code #BTRANS} (a line removed afterwards) is never loaded. Whether a voucher balances is the
 * core's check, not this one's.
 */
final class SieVouchers {

    private final SieDimensionMap dimensions;
    private final SieOutput out;
    private final Supplier<FiscalYearSpan> currentYear;
    private int ordinal;
    private Voucher awaitingBlock;
    private Voucher open;
    private SieTrans added;

    SieVouchers(SieDimensionMap dimensions, SieOutput out, Supplier<FiscalYearSpan> currentYear) {
        this.dimensions = dimensions;
        this.out = out;
        this.currentYear = currentYear;
    }

    /** True for the records that live inside a voucher's block. */
    static boolean isVoucherLine(String label) {
        return label.equals("#TRANS") || label.equals("#RTRANS") || label.equals("#BTRANS");
    }

    /** {@code #VER serie vernr verdatum vertext regdatum sign}. */
    void ver(SieRecord record) {
        if (open != null) {
            out.problem(open.line, Kind.MALFORMED_LINE, "#VER " + SieValues.shown(open.id) + " without }");
            closeBlock();
        }
        noBlockYet();
        ordinal++;
        String number = record.text(1).trim().isEmpty() ? "#" + ordinal : record.text(1).trim();
        String id = (record.text(0).trim() + " " + number).trim();
        LocalDate date = null;
        try {
            date = SieValues.date(record.text(2));
        } catch (SieFormatException e) {
            out.problem(record.line(), Kind.MALFORMED_LINE, "#VER " + e.getMessage());
        }
        out.checkGarbled(record.line(), record.text(0), record.text(1), record.text(3));
        awaitingBlock = new Voucher(record.line(), id, date, record.text(3));
    }

    /** A line holding only "{". */
    void openBlock(long line) {
        if (open != null) {
            out.problem(line, Kind.MALFORMED_LINE, "{ inside a voucher");
            return;
        }
        if (awaitingBlock == null) {
            out.problem(line, Kind.MALFORMED_LINE, "{ without #VER");
            open = new Voucher(line, null, null, "");
        } else {
            open = awaitingBlock;
            awaitingBlock = null;
        }
    }

    /** A line holding only "}". */
    void closeBlock(long line) {
        if (open == null) {
            out.problem(line, Kind.MALFORMED_LINE, "} without {");
            return;
        }
        closeBlock();
    }

    /** Any other record: a {@code #VER} still waiting for its "{" will not get one. */
    void noBlockYet() {
        if (awaitingBlock != null) {
            out.problem(awaitingBlock.line, Kind.MALFORMED_LINE, "#VER without { block");
            awaitingBlock = null;
        }
    }

    /** {@code #TRANS}, {@code #RTRANS} or {@code #BTRANS}. */
    void line(SieRecord record) {
        if (open == null) {
            noBlockYet();
            out.problem(record.line(), Kind.MALFORMED_LINE, record.label() + " outside #VER");
            return;
        }
        switch (record.label()) {
            case "#TRANS" -> {
                SieTrans trans = parse(record);
                if (added != null && (trans == null || !added.sameEntryAs(trans))) {
                    count(added);
                }
                added = null;
                count(trans);
            }
            case "#RTRANS" -> {
                if (added != null) {
                    count(added);
                }
                added = parse(record);
            }
            default -> {
                // #BTRANS: removed, never loaded
            }
        }
    }

    /**
     * A {@code #TRANS} that could not even be split into fields (already reported): it still takes
     * its place in the voucher, so that the keys of the lines after it do not move once it is mended.
     */
    void unreadable(SieRecord record) {
        if (open != null && record.label().equals("#TRANS")) {
            if (added != null) {
                count(added);
                added = null;
            }
            count(null);
        }
    }

    /** End of file: a voucher still open has lost its "}". */
    void finish() {
        noBlockYet();
        if (open != null && open.id != null) {
            out.problem(open.line, Kind.MALFORMED_LINE, "#VER " + SieValues.shown(open.id) + " without }");
        }
        if (open != null) {
            closeBlock();
        }
    }

    private void closeBlock() {
        if (added != null) {
            count(added);
            added = null;
        }
        open = null;
    }

    private SieTrans parse(SieRecord record) {
        try {
            return SieTrans.parse(record, dimensions);
        } catch (SieFormatException e) {
            out.problem(record.line(), Kind.MALFORMED_LINE, e.getMessage());
            return null;
        }
    }

    /** Gives a counted line its place in the voucher and hands it on, if it could be read. */
    private void count(SieTrans trans) {
        int position = ++open.counted;
        if (trans == null || open.id == null || open.date == null) {
            return;
        }
        LocalDate effective = trans.date() != null ? trans.date() : open.date;
        out.checkGarbled(trans.line(), trans.account(), trans.text(), String.join(" ", trans.objects()));
        out.line(new LedgerLine(trans.line(), open.id + " #" + position, open.id, SieValues.period(effective),
                open.date, trans.date(), trans.account(), trans.dimensions(), trans.amount(),
                trans.text().isEmpty() ? open.text : trans.text()));
        FiscalYearSpan year = currentYear.get();
        if (year != null && (effective.isBefore(year.start()) || effective.isAfter(year.end()))) {
            out.problem(trans.line(), Kind.PERIOD_OUTSIDE_FISCAL_YEAR, SieValues.sieDate(effective) + " outside "
                    + SieValues.sieDate(year.start()) + "–" + SieValues.sieDate(year.end()));
        }
    }

    /** A voucher being read; id null for a block that has no #VER. */
    private static final class Voucher {
        final long line;
        final String id;
        final LocalDate date;
        final String text;
        int counted;

        Voucher(long line, String id, LocalDate date, String text) {
            this.line = line;
            this.id = id;
            this.date = date;
            this.text = text;
        }
    }
}
