package se.uniplan.plugin.ubw.sie;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;

/**
 * A second, deliberately different count of a SIE file's posted lines, for checking the reader:
 * regular expressions over the raw bytes (read as ISO-8859-1, which keeps every byte), amounts
 * through BigDecimal, no tokenizer and no character-set sniffing. A line counts if it is a
 * {@code #TRANS}, or an {@code #RTRANS} that the next line does not repeat with the same account
 * and amount.
 */
final class IndependentCount {

    private static final Pattern VER = Pattern.compile("^\\s*#VER\\s+(\"[^\"]*\"|\\S+)\\s+(\"[^\"]*\"|\\S+)\\s+\"?(\\d{8})");
    private static final Pattern TRANS = Pattern.compile(
            "^\\s*#(R?TRANS)\\s+\"?([^\\s\"]+)\"?\\s*\\{[^}]*}\\s*(-?\\d+(?:\\.\\d+)?)(?:\\s+\"?(\\d{8})?\"?)?");

    final Map<PeriodAccount, Long> totals = new HashMap<>();
    long lines;
    long debit;
    long credit;

    static IndependentCount of(Path file) throws IOException {
        IndependentCount count = new IndependentCount();
        List<String> text = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String voucherDate = null;
        String[] added = null;
        for (String line : text) {
            Matcher ver = VER.matcher(line);
            if (ver.find()) {
                voucherDate = ver.group(3);
                continue;
            }
            Matcher trans = TRANS.matcher(line);
            if (!trans.find()) {
                continue;
            }
            String[] entry = {trans.group(2), trans.group(3), trans.group(4) == null ? voucherDate : trans.group(4)};
            if (trans.group(1).equals("RTRANS")) {
                if (added != null) {
                    count.add(added);
                }
                added = entry;
                continue;
            }
            if (added != null && !(added[0].equals(entry[0])
                    && new BigDecimal(added[1]).compareTo(new BigDecimal(entry[1])) == 0)) {
                count.add(added);
            }
            added = null;
            count.add(entry);
        }
        return count;
    }

    private void add(String[] entry) {
        long ore = new BigDecimal(entry[1]).movePointRight(2).longValueExact();
        int period = Integer.parseInt(entry[2].substring(0, 6));
        totals.merge(new PeriodAccount(period, entry[0]), ore, Long::sum);
        lines++;
        if (ore > 0) {
            debit += ore;
        } else {
            credit += ore;
        }
    }
}
