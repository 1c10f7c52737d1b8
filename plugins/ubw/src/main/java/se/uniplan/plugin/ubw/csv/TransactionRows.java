package se.uniplan.plugin.ubw.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;
import se.uniplan.plugin.api.ledger.LedgerSink;
import se.uniplan.plugin.ubw.UbwSettings;

/**
 * Rows of {@code agltransact}, UBW's table of posted lines, into {@link LedgerLine}s. This runs
 * once per row of a nightly export of millions, so it reads the scanner's char ranges in place
 * and makes no String it can take from a cache.
 *
 * <p>A row whose fields cannot be read (a number, a date, an empty account, an agrtid that is
 * not a row id) is reported as {@code MALFORMED_LINE}, once per bad field, and not handed on. A
 * row that reads but is wrong (garbled text, a period outside its fiscal year) is reported and
 * handed on as well, so that the core, which decides, sees both the line and why it is doubtful.
 */
final class TransactionRows extends TableRows {

    private static final int NO_FISCAL_YEAR = -1;
    private static final DimensionRole[] ROLES = DimensionRole.values();

    private final FiscalPeriods fiscalPeriods;
    private final int client;
    private final int account;
    private final int period;
    private final int fiscalYear;
    private final int amount;
    private final int voucherNo;
    private final int voucherType;
    private final int voucherDate;
    private final int transactionDate;
    private final int description;
    private final int agrtid;
    private final int[] dimensions = new int[ROLES.length];

    private final TokenCache codes = new TokenCache(16_384, 24);
    private final TokenCache voucherNumbers = new TokenCache(1_024, 24);
    private final TokenCache texts = new TokenCache(8_192, 64);
    private final CsvDates voucherDates = new CsvDates();
    private final CsvDates transactionDates = new CsvDates();
    private final ControlTotals totals = new ControlTotals();
    private final String[] dimensionValues = new String[ROLES.length];
    private LedgerDimensions lastDimensions = LedgerDimensions.NONE;
    private String lastType;
    private String lastNumber;
    private String lastVoucher;
    private long ledgerLines;

    TransactionRows(CsvColumns columns, UbwSettings settings, LedgerSink sink) {
        super(columns, sink);
        this.fiscalPeriods = new FiscalPeriods(settings.fiscalYearStartMonth());
        client = columns.find("client");
        account = columns.find("account");
        period = columns.find("period");
        fiscalYear = columns.find("fiscal_year");
        amount = columns.find("amount");
        voucherNo = columns.find("voucher_no");
        voucherType = columns.find("voucher_type");
        voucherDate = columns.find("voucher_date");
        transactionDate = columns.find("trans_date");
        description = columns.find("description");
        agrtid = columns.find("agrtid");
        for (DimensionRole role : ROLES) {
            String column = settings.csvDimensions().get(role);
            dimensions[role.ordinal()] = column == null || column.isBlank() ? -1 : columns.find(column);
        }
    }

    @Override
    String format() {
        return "UBW agltransact CSV";
    }

    @Override
    LedgerFileHeader.Content content() {
        return LedgerFileHeader.Content.TRANSACTIONS;
    }

    @Override
    List<String> required() {
        return CsvColumns.TRANSACTION_KEYS;
    }

    @Override
    String company(CsvScanner firstRow) {
        String company = firstRow.fieldCount() == columns.size() ? optional(firstRow, client) : null;
        return company == null ? "" : company;
    }

    @Override
    void row(CsvScanner row) {
        char[] b = row.chars();
        boolean readable = true;

        String accountNumber = token(codes, row, account);
        if (accountNumber.isEmpty()) {
            malformed(row, account);
            readable = false;
        }
        int keyFrom = Fields.trimStart(b, row.start(agrtid), row.end(agrtid));
        int keyTo = Fields.trimEnd(b, keyFrom, row.end(agrtid));
        if (!Fields.isRowId(b, keyFrom, keyTo)) {
            malformed(row, agrtid);
            readable = false;
        }
        int periodValue = Fields.period(b, row.start(period), row.end(period));
        if (periodValue < 0) {
            malformed(row, period);
            readable = false;
        }
        int year = NO_FISCAL_YEAR;
        if (fiscalYear >= 0) {
            int from = Fields.trimStart(b, row.start(fiscalYear), row.end(fiscalYear));
            int to = Fields.trimEnd(b, from, row.end(fiscalYear));
            if (from < to) {
                year = to - from == 4 ? Fields.digits(b, from, to) : -1;
                if (year < 0) {
                    malformed(row, fiscalYear);
                    readable = false;
                }
            }
        }
        long ore = Amounts.ore(b, row.start(amount), row.end(amount));
        if (ore == Amounts.INVALID) {
            malformed(row, amount);
            readable = false;
        }
        String number = token(voucherNumbers, row, voucherNo);
        if (number.isEmpty()) {
            malformed(row, voucherNo);
            readable = false;
        }
        LocalDate voucherDay = date(voucherDates, row, voucherDate);
        LocalDate transactionDay = date(transactionDates, row, transactionDate);
        if (voucherDay == CsvDates.INVALID || transactionDay == CsvDates.INVALID) {
            readable = false;
        }
        if (!readable) {
            return;
        }

        LedgerDimensions lineDimensions = dimensions(row);
        String text = description < 0 ? "" : token(texts, row, description);
        garbled(row, description);
        if (!fiscalPeriods.contains(periodValue, year)) {
            problem(row.line(), Kind.PERIOD_OUTSIDE_FISCAL_YEAR, fiscalPeriods.describe(periodValue, year));
        }
        String key = new String(b, keyFrom, keyTo - keyFrom);
        sink.line(new LedgerLine(row.line(), key, voucher(row, number), periodValue, voucherDay, transactionDay,
                accountNumber, lineDimensions, ore, text));
        totals.add(periodValue, accountNumber, ore);
        ledgerLines++;
    }

    @Override
    long ledgerLines() {
        return ledgerLines;
    }

    @Override
    Map<PeriodAccount, Long> controlTotals() {
        return totals.toMap();
    }

    /** "GL 100234": the type and number; just the number if the row has no type. */
    private String voucher(CsvScanner row, String number) {
        String type = voucherType < 0 ? "" : token(codes, row, voucherType);
        if (type != lastType || number != lastNumber) {
            lastType = type;
            lastNumber = number;
            lastVoucher = type.isEmpty() ? number : type + " " + number;
        }
        return lastVoucher;
    }

    /** The row's dimension values by role; the previous row's instance if they are the same strings. */
    private LedgerDimensions dimensions(CsvScanner row) {
        boolean same = true;
        boolean none = true;
        for (int role = 0; role < dimensions.length; role++) {
            int column = dimensions[role];
            String value = null;
            if (column >= 0) {
                garbled(row, column);
                value = token(codes, row, column);
                if (value.isEmpty()) {
                    value = null;
                }
            }
            dimensionValues[role] = value;
            none &= value == null;
            same &= value == lastDimensions.of(ROLES[role]);
        }
        if (none) {
            return LedgerDimensions.NONE;
        }
        if (!same) {
            lastDimensions = new LedgerDimensions(dimensionValues[0], dimensionValues[1], dimensionValues[2],
                    dimensionValues[3], dimensionValues[4]);
        }
        return lastDimensions;
    }

    private LocalDate date(CsvDates dates, CsvScanner row, int column) {
        if (column < 0) {
            return null;
        }
        LocalDate date = dates.parse(row.chars(), row.start(column), row.end(column));
        if (date == CsvDates.INVALID) {
            malformed(row, column);
        }
        return date;
    }

    /** The field's trimmed text from a cache; empty if the field is. */
    private static String token(TokenCache cache, CsvScanner row, int column) {
        if (row.escaped(column)) {
            return row.text(column).strip();
        }
        char[] b = row.chars();
        int from = Fields.trimStart(b, row.start(column), row.end(column));
        return cache.get(b, from, Fields.trimEnd(b, from, row.end(column)));
    }
}
