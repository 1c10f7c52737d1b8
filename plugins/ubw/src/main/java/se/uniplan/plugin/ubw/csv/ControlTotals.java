package se.uniplan.plugin.ubw.csv;

import java.util.HashMap;
import java.util.Map;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;

/**
 * The reader's own sum per period and account of the lines it handed to the sink, which the
 * core's reconciliation compares with what it stored. An open-addressing table of primitive
 * sums: a {@code Map<PeriodAccount, Long>} would box and allocate on each of millions of rows.
 */
final class ControlTotals {

    private int[] periods = new int[256];
    private String[] accounts = new String[256];
    private long[] sums = new long[256];
    private int size;

    void add(int period, String account, long amount) {
        int mask = accounts.length - 1;
        int i = slot(period, account, mask);
        while (true) {
            String held = accounts[i];
            if (held == null) {
                periods[i] = period;
                accounts[i] = account;
                sums[i] = amount;
                if (++size * 2 > accounts.length) {
                    grow();
                }
                return;
            }
            if (periods[i] == period && (held == account || held.equals(account))) {
                sums[i] += amount;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    Map<PeriodAccount, Long> toMap() {
        Map<PeriodAccount, Long> map = new HashMap<>(size * 2);
        for (int i = 0; i < accounts.length; i++) {
            if (accounts[i] != null) {
                map.put(new PeriodAccount(periods[i], accounts[i]), sums[i]);
            }
        }
        return map;
    }

    private static int slot(int period, String account, int mask) {
        int h = (account.hashCode() * 31 + period) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        int[] oldPeriods = periods;
        String[] oldAccounts = accounts;
        long[] oldSums = sums;
        periods = new int[oldAccounts.length * 2];
        accounts = new String[oldAccounts.length * 2];
        sums = new long[oldAccounts.length * 2];
        int mask = accounts.length - 1;
        for (int j = 0; j < oldAccounts.length; j++) {
            if (oldAccounts[j] != null) {
                int i = slot(oldPeriods[j], oldAccounts[j], mask);
                while (accounts[i] != null) {
                    i = (i + 1) & mask;
                }
                periods[i] = oldPeriods[j];
                accounts[i] = oldAccounts[j];
                sums[i] = oldSums[j];
            }
        }
    }
}
