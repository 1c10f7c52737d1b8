package se.uniplan.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerProblem;

/**
 * The proof a load ends with. Two sides are compared per period and account: what the database
 * now holds of the load, and what the file itself adds up to (the reader's own count, less the
 * lines that were refused or already loaded). A file's stated balances (SIE {@code #RES},
 * {@code #IB}/{@code #UB}, {@code #PSALDO}) are checked against its lines where it has both.
 */
public final class Reconciler {

    private Reconciler() {
    }

    /** The comparison's outcome: agreement, a short account of it, and what differed. */
    public record Result(boolean agrees, String detail, List<String> differences) {
    }

    /**
     * @param expected per period and account: the file's own sum less refused and skipped lines (öre)
     * @param stored   per period and account: {sum, count} in the database
     * @param loaded   how many lines the load wrote
     */
    public static Result reconcile(Map<PeriodAccount, Long> expected, Map<PeriodAccount, long[]> stored, long loaded) {
        List<String> differences = new ArrayList<>();
        Map<PeriodAccount, Long> all = new TreeMap<>(java.util.Comparator.comparingInt(PeriodAccount::period)
                .thenComparing(PeriodAccount::account));
        expected.forEach((k, v) -> { if (v != 0) all.put(k, v); });
        stored.keySet().forEach(k -> all.putIfAbsent(k, expected.getOrDefault(k, 0L)));
        long storedCount = 0;
        long sum = 0;
        for (long[] s : stored.values()) {
            storedCount += s[1];
            sum += s[0];
        }
        for (Map.Entry<PeriodAccount, Long> e : all.entrySet()) {
            long want = e.getValue();
            long have = stored.containsKey(e.getKey()) ? stored.get(e.getKey())[0] : 0;
            if (want != have) {
                differences.add(e.getKey().period() + " " + e.getKey().account() + ": " + Amounts.format(have)
                        + " ≠ " + Amounts.format(want));
            }
        }
        if (storedCount != loaded) {
            differences.add(0, "rows " + storedCount + " ≠ " + loaded);
        }
        String detail = differences.isEmpty()
                ? stored.size() + " × period/account, " + storedCount + " rows, Σ " + Amounts.format(sum)
                : String.join("; ", differences.subList(0, Math.min(20, differences.size())));
        return new Result(differences.isEmpty(), detail, differences);
    }

    /**
     * The file's stated balances against the sums of its loaded lines: {@code #RES} per account,
     * {@code #UB − #IB} per account and {@code #PSALDO} (without objects) per period and account,
     * all for the current year (index 0).
     */
    public static List<LedgerProblem> checkBalances(List<LedgerBalance> balances, Map<PeriodAccount, Long> lineSums) {
        Map<String, Long> byAccount = new HashMap<>();
        lineSums.forEach((k, v) -> byAccount.merge(k.account(), v, Long::sum));
        Map<String, long[]> openingClosing = new HashMap<>();
        Map<String, Long> closingLine = new HashMap<>();
        List<LedgerProblem> problems = new ArrayList<>();
        for (LedgerBalance b : balances) {
            if (b.yearIndex() != 0 || hasObject(b)) {
                continue;
            }
            switch (b.kind()) {
                case RESULT -> compare(problems, b, "#RES " + b.account(), b.amount(), byAccount.getOrDefault(b.account(), 0L));
                case PERIOD_CHANGE -> compare(problems, b, "#PSALDO " + b.period() + " " + b.account(), b.amount(),
                        lineSums.getOrDefault(new PeriodAccount(b.period(), b.account()), 0L));
                case OPENING -> openingClosing.computeIfAbsent(b.account(), k -> new long[2])[0] = b.amount();
                case CLOSING -> {
                    openingClosing.computeIfAbsent(b.account(), k -> new long[2])[1] = b.amount();
                    closingLine.put(b.account(), b.sourceLine());
                }
                default -> { }
            }
        }
        openingClosing.forEach((account, oc) -> {
            if (closingLine.containsKey(account)) {
                long stated = oc[1] - oc[0];
                long lines = byAccount.getOrDefault(account, 0L);
                if (stated != lines) {
                    problems.add(new LedgerProblem(closingLine.get(account), LedgerProblem.Kind.BALANCE_MISMATCH,
                            "#UB − #IB " + account + ": " + Amounts.format(stated) + " ≠ " + Amounts.format(lines)));
                }
            }
        });
        problems.sort(java.util.Comparator.comparingLong(LedgerProblem::sourceLine));
        return problems;
    }

    private static boolean hasObject(LedgerBalance b) {
        var d = b.dimensions();
        return d != null && (d.costCentre() != null || d.project() != null || d.activityType() != null
                || d.funder() != null || d.counterpart() != null);
    }

    private static void compare(List<LedgerProblem> problems, LedgerBalance b, String what, long stated, long lines) {
        if (stated != lines) {
            problems.add(new LedgerProblem(b.sourceLine(), LedgerProblem.Kind.BALANCE_MISMATCH,
                    what + ": " + Amounts.format(stated) + " ≠ " + Amounts.format(lines)));
        }
    }
}
