package se.uniplan.plugin.ubw.sie;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerAccount.AccountType;

/**
 * The chart of accounts: {@code #KONTO} and the {@code #KTYP} that gives an account its type. A
 * {@code #KTYP} comes after its {@code #KONTO}, often after the whole block of them, so accounts are
 * held until the block ends (the first record that is not {@code #KONTO #KTYP #SRU #ENHET}) and then
 * sent once each, with their type or with none if the file gives none.
 */
final class SieAccounts {

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Set<String> sent = new HashSet<>();

    /** True for the records that belong to the account block. */
    static boolean isAccountBlock(String label) {
        return switch (label) {
            case "#KONTO", "#KTYP", "#SRU", "#ENHET" -> true;
            default -> false;
        };
    }

    void konto(SieRecord record, SieOutput out) {
        String number = record.text(0);
        if (number.isEmpty()) {
            throw new SieFormatException("#KONTO without account");
        }
        String name = record.text(1);
        out.checkGarbled(record.line(), number, name);
        if (sent.contains(number)) {
            return;
        }
        Pending earlier = pending.get(number);
        pending.put(number, new Pending(name, earlier == null ? null : earlier.type, record.line()));
    }

    void ktyp(SieRecord record) {
        String number = record.text(0);
        AccountType type = switch (record.text(1).toUpperCase(java.util.Locale.ROOT)) {
            case "T" -> AccountType.ASSET;
            case "S" -> AccountType.LIABILITY;
            case "I" -> AccountType.REVENUE;
            case "K" -> AccountType.COST;
            default -> throw new SieFormatException("#KTYP " + SieValues.shown(record.text(1)));
        };
        Pending account = pending.get(number);
        if (account != null) {
            account.type = type;
        }
    }

    /** Sends the accounts held so far. */
    void flush(SieOutput out) {
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending account = e.getValue();
            out.account(new LedgerAccount(e.getKey(), account.name, account.type, true, account.line));
            sent.add(e.getKey());
        }
        pending.clear();
    }

    private static final class Pending {
        final String name;
        AccountType type;
        final long line;

        Pending(String name, AccountType type, long line) {
            this.name = name;
            this.type = type;
            this.line = line;
        }
    }
}
