package se.uniplan.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UBW table exports written the way UBW writes them (semicolons, UBW's column names), for the
 * ledger tests: accounts, dimension values and ledger lines that the test controls to the öre.
 */
public final class LedgerCsv {

    public static final String TRANSACT_HEADER = "client;account;dim_1;dim_2;dim_3;dim_4;dim_5;dim_6;dim_7;period;"
            + "fiscal_year;amount;cur_amount;currency;voucher_no;voucher_type;voucher_date;trans_date;sequence_no;"
            + "description;agrtid";

    private final List<String> rows = new ArrayList<>();
    private long nextAgrtid;

    public LedgerCsv(long firstAgrtid) {
        this.nextAgrtid = firstAgrtid;
    }

    /** A voucher of a cost line on a department and activity type, balanced against the bank. */
    public LedgerCsv cost(String voucher, int period, String account, String costCentre, String activityType,
                          String amount, String text) {
        line(voucher, period, account, costCentre, activityType, amount, text);
        line(voucher, period, "1930", "", "", negate(amount), text);
        return this;
    }

    /** One line as it is, balanced or not. */
    public LedgerCsv line(String voucher, int period, String account, String costCentre, String activityType,
                          String amount, String text) {
        String date = period / 100 + "-" + String.format("%02d", Math.max(1, Math.min(12, period % 100))) + "-15";
        rows.add(String.join(";", "NSU", account, costCentre, "", activityType, "", "", "", "", Integer.toString(period),
                Integer.toString(period / 100), amount, amount, "SEK", voucher, "GL", date, date, "1", text,
                Long.toString(nextAgrtid++)));
        return this;
    }

    /** A line of the file's text, verbatim (for malformed lines). */
    public LedgerCsv raw(String row) {
        rows.add(row);
        return this;
    }

    public byte[] bytes() {
        return (TRANSACT_HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The aglaccounts export with the demo chart's accounts and the bank and supplier accounts. */
    public static byte[] accounts() {
        StringBuilder csv = new StringBuilder("account;description;account_grp;status;res_bal;period_from;period_to\n");
        for (String a : List.of("3011", "3012", "3110", "3120", "3510", "3520", "3530", "3810", "4011", "4012", "4110",
                "4510", "5011", "5510", "5610", "5710", "5810", "6011", "6311", "7511")) {
            csv.append(a).append(";Konto ").append(a).append(";").append(a.charAt(0)).append(";N;R;200001;209912\n");
        }
        csv.append("1930;Bank;19;N;B;200001;209912\n2440;Leverantörsskulder;24;N;B;200001;209912\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The agldimvalue export with the activity types (C3) the tests use. */
    public static byte[] activityTypes() {
        return ("attribute_id;dim_value;description;rel_value;status;period_from;period_to\n"
                + "C3;10;Grundutbildning;;N;200001;209912\n"
                + "C3;30;Forskning;;N;200001;209912\n"
                + "C3;90;Gemensamt;;N;200001;209912\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String negate(String amount) {
        return amount.startsWith("-") ? amount.substring(1) : "-" + amount;
    }
}
