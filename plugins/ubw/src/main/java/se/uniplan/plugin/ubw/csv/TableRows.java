package se.uniplan.plugin.ubw.csv;

import java.util.List;
import java.util.Map;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;
import se.uniplan.plugin.api.ledger.LedgerSink;

/**
 * What the readers of UBW's three tables share: the checks every row gets before its own
 * (an unterminated quote, a field count other than the header's) and the way problems are
 * worded. A row that fails those checks is reported and skipped; it never reaches the row reader.
 */
abstract class TableRows {

    protected final CsvColumns columns;
    protected final LedgerSink sink;

    TableRows(CsvColumns columns, LedgerSink sink) {
        this.columns = columns;
        this.sink = sink;
    }

    /** The header's format name, e.g. "UBW agltransact CSV". */
    abstract String format();

    abstract LedgerFileHeader.Content content();

    /** The UBW columns a file of this table must have. */
    abstract List<String> required();

    /** The company the file belongs to, from its first data row, or empty. */
    String company(CsvScanner firstRow) {
        return "";
    }

    /** Reads one data row that has passed the shared checks. */
    abstract void row(CsvScanner row);

    long ledgerLines() {
        return 0;
    }

    Map<PeriodAccount, Long> controlTotals() {
        return Map.of();
    }

    /** Checks the row's shape and hands it to {@link #row} if it has one; blank lines are passed over. */
    final void accept(CsvScanner row) {
        if (row.blank()) {
            return;
        }
        if (row.damaged()) {
            problem(row.line(), Kind.MALFORMED_LINE, "quote: " + excerpt(row));
            return;
        }
        if (row.fieldCount() != columns.size()) {
            problem(row.line(), Kind.MALFORMED_LINE, "fields: " + row.fieldCount() + ", header: " + columns.size());
            return;
        }
        row(row);
    }

    final void problem(long line, Kind kind, String value) {
        sink.problem(new LedgerProblem(line, kind, value));
    }

    /** Reports the field as malformed, naming the column as the file names it. */
    final void malformed(CsvScanner row, int column) {
        problem(row.line(), Kind.MALFORMED_LINE, Fields.problemValue(columns.name(column), row.text(column).strip()));
    }

    /** Reports garbled text in a field if it has any; true if it had. */
    final boolean garbled(CsvScanner row, int column) {
        if (column < 0) {
            return false;
        }
        char[] chars = row.chars();
        int from = row.start(column);
        int to = row.end(column);
        int at = Garbling.find(chars, from, to);
        if (at < 0) {
            return false;
        }
        problem(row.line(), Kind.GARBLED_ENCODING, columns.name(column) + ": " + Garbling.excerpt(chars, from, to, at));
        return true;
    }

    /** The field's trimmed text, or null if empty or the column is absent. */
    static String optional(CsvScanner row, int column) {
        if (column < 0) {
            return null;
        }
        String text = row.text(column).strip();
        return text.isEmpty() ? null : text;
    }

    private static String excerpt(CsvScanner row) {
        int from = row.start(0);
        int to = row.end(row.fieldCount() - 1);
        String text = new String(row.chars(), from, Math.min(to - from, 30)).replace('\n', ' ').replace('\r', ' ');
        return text.length() < to - from ? text + "…" : text;
    }
}
