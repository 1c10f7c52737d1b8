package se.uniplan.plugin.ubw.csv;

import java.util.List;
import java.util.Locale;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerAccount.AccountType;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerSink;

/**
 * Rows of {@code aglaccounts}, UBW's chart of accounts, into {@link LedgerAccount}s.
 *
 * <p>UBW's {@code res_bal} only says whether an account is a result account (R) or a balance
 * account (B); it does not say revenue or cost, asset or liability. The type is therefore
 * completed from the Swedish chart of accounts for government agencies and BAS, which every
 * Swedish university follows: a result account in class 3 is revenue, any other a cost; a
 * balance account in class 1 is an asset, any other a liability (or equity). An empty
 * {@code res_bal} gives no type. Status C (closed) and P (parked: no new postings) make the
 * account inactive.
 */
final class AccountRows extends TableRows {

    private final int account;
    private final int description;
    private final int status;
    private final int resultOrBalance;

    AccountRows(CsvColumns columns, LedgerSink sink) {
        super(columns, sink);
        account = columns.find("account");
        description = columns.find("description");
        status = columns.find("status");
        resultOrBalance = columns.find("res_bal");
    }

    @Override
    String format() {
        return "UBW aglaccounts CSV";
    }

    @Override
    LedgerFileHeader.Content content() {
        return LedgerFileHeader.Content.MASTER_DATA;
    }

    @Override
    List<String> required() {
        return List.of("account", "res_bal");
    }

    @Override
    void row(CsvScanner row) {
        String number = optional(row, account);
        if (number == null) {
            malformed(row, account);
            return;
        }
        String kind = optional(row, resultOrBalance);
        AccountType type;
        if (kind == null) {
            type = null;
        } else if (kind.equalsIgnoreCase("R")) {
            type = number.startsWith("3") ? AccountType.REVENUE : AccountType.COST;
        } else if (kind.equalsIgnoreCase("B")) {
            type = number.startsWith("1") ? AccountType.ASSET : AccountType.LIABILITY;
        } else {
            malformed(row, resultOrBalance);
            return;
        }
        garbled(row, description);
        String name = optional(row, description);
        sink.account(new LedgerAccount(number, name == null ? "" : name, type, active(optional(row, status)),
                row.line()));
    }

    /** N (or nothing) is active; C (closed) and P (parked) are not. */
    static boolean active(String status) {
        if (status == null) {
            return true;
        }
        String code = status.toUpperCase(Locale.ROOT);
        return !code.equals("C") && !code.equals("P");
    }
}
