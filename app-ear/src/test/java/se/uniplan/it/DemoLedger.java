package se.uniplan.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo ledger's lines read straight from the demo migration (V1002), independently of the
 * application, so that the tests can count what follow-up should show.
 */
public final class DemoLedger {

    /** A ledger line: amounts in öre, debit positive. */
    public record Line(int period, String account, Long unit, Long activity, String voucher, long amount) {
        /** Revenue (3xxx) or cost (4xxx-7xxx) in the demo chart. */
        public boolean result() {
            char c = account.charAt(0);
            return c >= '3' && c <= '7';
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\(9000, \\d+, (\\d+), '(\\d+)', (NULL|\\d+), (NULL|\\d+), .*?'([A-Z]+-2026-\\d+)', DATE '[0-9-]+', (-?\\d+), '");

    private DemoLedger() {
    }

    public static List<Line> lines() {
        Path file = Path.of("../app-domain/src/main/resources/db/demo/V1002__demo_ledger.sql");
        List<Line> lines = new ArrayList<>();
        try {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(text);
                if (m.find()) {
                    lines.add(new Line(Integer.parseInt(m.group(1)), m.group(2), nullable(m.group(3)), nullable(m.group(4)),
                            m.group(5), Long.parseLong(m.group(6))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (lines.size() < 1000) {
            throw new IllegalStateException("the demo ledger should have thousands of lines, read " + lines.size());
        }
        return lines;
    }

    private static Long nullable(String text) {
        return "NULL".equals(text) ? null : Long.valueOf(text);
    }
}
