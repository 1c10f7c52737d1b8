package se.uniplan.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;
import se.uniplan.plugin.api.ledger.LedgerSink;

/**
 * The core's side of a read: checks every line against the ledger's rules, writes the valid ones
 * and keeps the sums the load ends with.
 *
 * <p>The rules: a line's account and dimension values must be known; its period must lie in the
 * file's fiscal year; its key must be unique in the file; its voucher must balance. A voucher is
 * the unit of refusal: when one of its lines breaks a rule, or its lines do not add up to zero,
 * none of them is written, so the books never hold half a voucher. A voucher's lines must come
 * together in the file, as SIE and UBW write them.
 */
final class LoadingSink implements LedgerSink {

    /** Checked every this many lines: whether someone has stopped the load. */
    private static final int CANCEL_CHECK = 10_000;

    private static final DimensionRole[] ROLES = DimensionRole.values();

    private final LedgerReferenceData reference;
    private final EntryWriter writer;
    private final ProblemLog problems;
    private final Set<Long> alreadyLoaded;
    private final LoadProgress.Tracker progress;
    private final long tolerance;

    private LedgerFileHeader header;
    private int firstPeriod = Integer.MIN_VALUE;
    private int lastPeriod = Integer.MAX_VALUE;
    private final List<LedgerAccount> accounts = new ArrayList<>();
    private final List<LedgerDimensionValue> dimensionValues = new ArrayList<>();
    private final List<LedgerBalance> balances = new ArrayList<>();

    private String chunkVoucher;
    private final List<LedgerLine> chunk = new ArrayList<>();
    private long chunkSum;
    private boolean chunkRefused;

    private final LineTotals totals = new LineTotals();
    /** Per cost centre and activity type (either may be null): the unit and activity they map onto. */
    private final Map<String, Map<String, LineTotals.Slot>> slots = new HashMap<>();
    private final Map<PeriodAccount, Long> excluded = new HashMap<>();
    private final java.util.Set<Long> problemLines = new java.util.HashSet<>();
    private long[] keys = new long[1 << 16];
    private int keyCount;
    private long lines;
    private long loaded;
    private long refused;
    private long skipped;

    LoadingSink(LedgerReferenceData reference, EntryWriter writer, ProblemLog problems, Set<Long> alreadyLoaded,
                LoadProgress.Tracker progress, long tolerance) {
        this.tolerance = tolerance;
        this.reference = reference;
        this.writer = writer;
        this.problems = problems;
        this.alreadyLoaded = alreadyLoaded;
        this.progress = progress;
    }

    @Override
    public void header(LedgerFileHeader fileHeader) {
        this.header = fileHeader;
        fileHeader.fiscalYears().stream().filter(y -> y.index() == 0).findFirst().ifPresent(year -> {
            firstPeriod = year.start().getYear() * 100 + year.start().getMonthValue();
            lastPeriod = year.end().getYear() * 100 + year.end().getMonthValue();
        });
    }

    @Override
    public void account(LedgerAccount account) {
        accounts.add(account);
        reference.declareAccount(account.number());
    }

    @Override
    public void dimensionValue(LedgerDimensionValue value) {
        dimensionValues.add(value);
        reference.declareDimensionValue(value.role(), value.code());
    }

    @Override
    public void balance(LedgerBalance balance) {
        balances.add(balance);
    }

    /**
     * A problem the reader found. A reader may hand the line on as well (a garbled text, a period
     * outside the year): such a line is refused with its voucher, never written.
     */
    @Override
    public void problem(LedgerProblem problem) {
        problems.add(problem);
        if (problem.sourceLine() > 0) {
            problemLines.add(problem.sourceLine());
        }
    }

    @Override
    public void line(LedgerLine line) {
        if (++lines % CANCEL_CHECK == 0) {
            progress.linesRead(lines);
        }
        String voucher = line.voucher() == null ? "" : line.voucher();
        if (!voucher.equals(chunkVoucher)) {
            closeChunk();
            chunkVoucher = voucher;
        }
        chunkSum += line.amount();
        LedgerProblem problem = check(line);
        if (problem != null) {
            problems.add(problem);
            chunkRefused = true;
        }
        if (!problemLines.isEmpty() && problemLines.remove(line.sourceLine())) {
            chunkRefused = true;
        }
        chunk.add(line);
    }

    private LedgerProblem check(LedgerLine line) {
        if (!reference.knowsAccount(line.account())) {
            return new LedgerProblem(line.sourceLine(), Kind.UNKNOWN_ACCOUNT, line.account());
        }
        LedgerDimensions dimensions = line.dimensions() == null ? LedgerDimensions.NONE : line.dimensions();
        for (DimensionRole role : ROLES) {
            String value = dimensions.of(role);
            if (value != null && !reference.knowsDimensionValue(role, value)) {
                return new LedgerProblem(line.sourceLine(), Kind.UNKNOWN_DIMENSION_VALUE, role.name() + " " + value);
            }
        }
        if (line.period() < firstPeriod || line.period() > lastPeriod) {
            return new LedgerProblem(line.sourceLine(), Kind.PERIOD_OUTSIDE_FISCAL_YEAR, Integer.toString(line.period()));
        }
        return null;
    }

    /** A voucher's lines are written together, or refused together. */
    private void closeChunk() {
        if (chunk.isEmpty()) {
            return;
        }
        if (chunkSum != 0) {
            problems.add(new LedgerProblem(chunk.get(0).sourceLine(), Kind.UNBALANCED_VOUCHER,
                    chunkVoucher + ": " + Amounts.format(chunkSum) + " ≠ 0"));
            chunkRefused = true;
        }
        for (LedgerLine line : chunk) {
            if (chunkRefused) {
                refused++;
                excluded.merge(new PeriodAccount(line.period(), line.account()), line.amount(), Long::sum);
            } else {
                write(line);
            }
        }
        chunk.clear();
        chunkSum = 0;
        chunkRefused = false;
    }

    private void write(LedgerLine line) {
        long rowKey = rowKey(line.key());
        if (alreadyLoaded.contains(rowKey)) {
            skipped++;
            excluded.merge(new PeriodAccount(line.period(), line.account()), line.amount(), Long::sum);
            return;
        }
        LedgerDimensions d = line.dimensions() == null ? LedgerDimensions.NONE : line.dimensions();
        LineTotals.Slot slot = slot(d.costCentre(), d.activityType());
        try {
            writer.write(new EntryRow(rowKey, line.period(), line.account(), slot.unitId(), slot.activityId(),
                    d.costCentre(), d.project(), d.activityType(), d.funder(), d.counterpart(), clip(line.voucher(), 60),
                    line.voucherDate(), line.amount(), clip(line.text(), 200), line.sourceLine()));
        } catch (SQLException e) {
            throw new LedgerWriteException(e);
        }
        totals.add(line.period(), line.account(), slot, line.amount());
        if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[keyCount++] = rowKey;
        loaded++;
    }

    /** The unit and activity a cost centre and activity type map onto, looked up once per pair. */
    private LineTotals.Slot slot(String costCentre, String activityType) {
        return slots.computeIfAbsent(costCentre, k -> new HashMap<>()).computeIfAbsent(activityType,
                k -> totals.slot(reference.unitOf(costCentre), reference.activityOf(costCentre, activityType)));
    }

    /**
     * Loads a period balance as the period's actuals, for files that carry no vouchers (SIE 2 and 3),
     * under the same rules as a line.
     */
    void loadPeriodBalance(LedgerBalance balance, long amount) {
        LedgerDimensions d = balance.dimensions() == null ? LedgerDimensions.NONE : balance.dimensions();
        String key = "PSALDO " + balance.period() + " " + balance.account() + " " + d.costCentre() + " " + d.project();
        LedgerLine line = new LedgerLine(balance.sourceLine(), key, null, balance.period(), null, null,
                balance.account(), d, amount, "#PSALDO");
        LedgerProblem problem = check(line);
        if (problem != null) {
            problems.add(problem);
            refused++;
            excluded.merge(new PeriodAccount(line.period(), line.account()), amount, Long::sum);
        } else {
            write(line);
        }
    }

    /** Ends the read: the last voucher, and keys that occur twice in the file. */
    void complete() {
        closeChunk();
        refused += problemLines.size(); // lines the reader refused and did not hand on
        problemLines.clear();
        progress.linesRead(lines);
        long[] sorted = ascending(keys, keyCount) ? keys : Arrays.copyOf(keys, keyCount);
        if (sorted != keys) {
            Arrays.sort(sorted);
        }
        for (int i = 1; i < keyCount; i++) {
            if (sorted[i] == sorted[i - 1] && (i == 1 || sorted[i - 2] != sorted[i])) {
                problems.add(new LedgerProblem(0, Kind.DUPLICATE_KEY, Long.toString(sorted[i])));
            }
        }
    }

    /** True if the keys come in strictly rising order, as UBW's agrtid does: no sort, no duplicate. */
    private static boolean ascending(long[] keys, int count) {
        for (int i = 1; i < count; i++) {
            if (keys[i] <= keys[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line's key as the 64-bit number {@code ledger_entry} keeps: the source's own number where it
     * is one (UBW's agrtid), else a stable hash of its identity (a SIE voucher and position).
     */
    static long rowKey(String key) {
        if (key != null && !key.isEmpty() && key.length() <= 18 && digits(key)) {
            return Long.parseLong(key);
        }
        return LongLongMap.hash(key == null ? "" : key);
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    LedgerFileHeader header() { return header; }
    List<LedgerAccount> accounts() { return accounts; }
    List<LedgerDimensionValue> dimensionValues() { return dimensionValues; }
    List<LedgerBalance> balances() { return balances; }
    Map<TotalKey, long[]> totals() { return totals.asMap(); }
    Map<PeriodAccount, Long> excluded() { return excluded; }
    TreeSet<Integer> periods() { return totals.periods(); }
    long lines() { return lines; }
    long tolerance() { return tolerance; }
    long loaded() { return loaded; }
    long refused() { return refused; }
    long skipped() { return skipped; }

    /** A period, unit, activity and account: one row of {@code ledger_total}. */
    record TotalKey(int period, Long unitId, Long activityId, String account) {
    }

}
