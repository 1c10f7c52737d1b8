package se.uniplan.plugin.ubw.sie;

import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerBalance.Kind;
import se.uniplan.plugin.api.ledger.LedgerDimensions;

/**
 * The balance records: {@code #IB #UB #RES} (a year's balance on an account), {@code #PSALDO
 * #PBUDGET} (a period's change or budget, not a running balance) and {@code #OIB #OUB} (an
 * object's balance). The quantity that may end each of them is not read.
 */
final class SieBalances {

    private final SieDimensionMap dimensions;
    private final SieOutput out;
    /** Current-year periods and accounts with a whole-account #PSALDO, and the first line of each with objects only. */
    private final java.util.Set<String> wholeAccount = new java.util.HashSet<>();
    private final java.util.Map<String, Long> objectsOnly = new java.util.LinkedHashMap<>();

    SieBalances(SieDimensionMap dimensions, SieOutput out) {
        this.dimensions = dimensions;
        this.out = out;
    }

    /** True for the balance records. */
    static boolean isBalance(String label) {
        return switch (label) {
            case "#IB", "#UB", "#RES", "#PSALDO", "#PBUDGET", "#OIB", "#OUB" -> true;
            default -> false;
        };
    }

    /**
     * Reads a balance record and hands it on.
     *
     * @param sieType the file's type: SIE 2 readers must skip period balances with objects
     */
    void accept(SieRecord record, int sieType) {
        switch (record.label()) {
            case "#IB" -> year(record, Kind.OPENING);
            case "#UB" -> year(record, Kind.CLOSING);
            case "#RES" -> year(record, Kind.RESULT);
            case "#PSALDO" -> period(record, Kind.PERIOD_CHANGE, sieType);
            case "#PBUDGET" -> period(record, Kind.PERIOD_BUDGET, sieType);
            case "#OIB" -> object(record, Kind.OBJECT_OPENING);
            case "#OUB" -> object(record, Kind.OBJECT_CLOSING);
            default -> throw new IllegalArgumentException(record.label());
        }
    }

    /** {@code #IB årsnr konto saldo kvantitet}, likewise {@code #UB} and {@code #RES}. */
    private void year(SieRecord record, Kind kind) {
        int year = SieValues.yearIndex(record.text(0));
        String account = account(record, 1);
        long amount = amount(record, 2);
        out.checkGarbled(record.line(), account);
        out.balance(new LedgerBalance(record.line(), kind, year, 0, account, LedgerDimensions.NONE, amount));
    }

    /** {@code #PSALDO årsnr period konto {dimensionsnr objektnr} saldo kvantitet}, likewise {@code #PBUDGET}. */
    private void period(SieRecord record, Kind kind, int sieType) {
        int year = SieValues.yearIndex(record.text(0));
        int period = SieValues.period(record.text(1));
        String account = account(record, 2);
        int amountAt = record.isList(3) ? 4 : 3;
        long amount = amount(record, amountAt);
        if (sieType == 2 && !record.objects(3).isEmpty()) {
            return;
        }
        if (kind == Kind.PERIOD_CHANGE && year == 0) {
            String key = period + " " + account;
            if (record.objects(3).isEmpty()) {
                wholeAccount.add(key);
            } else {
                objectsOnly.putIfAbsent(key, record.line());
            }
        }
        LedgerDimensions objects = dimensions.forBalance(record.objects(3));
        if (objects != null) {
            out.checkGarbled(record.line(), account, String.join(" ", record.objects(3)));
            out.balance(new LedgerBalance(record.line(), kind, year, period, account, objects, amount));
        }
    }

    /**
     * At the end of a file of balances (SIE 3): an account whose period change the file gives only
     * per object cannot be loaded, since objects of several dimensions overlap; say which.
     */
    void finish(int sieType) {
        if (sieType != 3) {
            return;
        }
        objectsOnly.forEach((key, line) -> {
            if (!wholeAccount.contains(key)) {
                out.problem(line, se.uniplan.plugin.api.ledger.LedgerProblem.Kind.ACCOUNT_BALANCE_MISSING, "#PSALDO 0 " + key);
            }
        });
    }

    /** {@code #OIB årsnr konto {dimensionsnr objektnr} saldo kvantitet}, likewise {@code #OUB}. */
    private void object(SieRecord record, Kind kind) {
        int year = SieValues.yearIndex(record.text(0));
        String account = account(record, 1);
        if (!record.isList(2)) {
            throw new SieFormatException(record.label() + " without object list");
        }
        long amount = amount(record, 3);
        LedgerDimensions objects = dimensions.forBalance(record.objects(2));
        if (objects != null) {
            out.checkGarbled(record.line(), account, String.join(" ", record.objects(2)));
            out.balance(new LedgerBalance(record.line(), kind, year, 0, account, objects, amount));
        }
    }

    private static String account(SieRecord record, int at) {
        String account = record.text(at);
        if (account.isEmpty()) {
            throw new SieFormatException(record.label() + " without account");
        }
        return account;
    }

    private static long amount(SieRecord record, int at) {
        if (record.text(at).isEmpty()) {
            throw new SieFormatException(record.label() + " without amount");
        }
        return SieValues.amount(record.text(at));
    }
}
