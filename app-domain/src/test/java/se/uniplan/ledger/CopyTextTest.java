package se.uniplan.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static String encode(EntryRow row) {
        CopyText text = new CopyText(4);
        text.row("42".getBytes(StandardCharsets.US_ASCII), row);
        return new String(text.array(), 0, text.length(), StandardCharsets.UTF_8);
    }

    /** COPY's text format written the slow, obvious way. */
    private static String expected(EntryRow row) {
        return Stream.of("42", row.rowKey(), row.period(), row.account(), row.unitId(), row.activityId(), row.costCentre(),
                        row.project(), row.activityType(), row.funder(), row.counterpart(), row.voucher(), row.voucherDate(),
                        row.amount(), row.text(), row.sourceLine(), row.account().hashCode())
                .map(v -> v == null ? "\\N" : v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                        .replace("\r", "\\r"))
                .collect(Collectors.joining("\t", "", "\n"));
    }

    private static EntryRow row(long key, long amount, LocalDate date, String text) {
        return new EntryRow(key, 202603, "4011", 7L, null, "NT-FYS", null, "30", "VR", "INT", "GL 1", date, amount, text, 3);
    }

    @Test
    void numbersOfEveryMagnitudeAndSignAreWrittenAsJavaWritesThem() {
        for (long n : new long[] {0, 7, -7, 9, 10, 99, 100, -100, 123_456_789, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, 1_000_000_000_000_000_000L}) {
            EntryRow row = row(n, n, LocalDate.of(2026, 3, 1), "x");
            assertEquals(expected(row), encode(row));
        }
    }

    @Test
    void datesArePaddedIsoDates() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(2026, 1, 2), LocalDate.of(999, 12, 31), LocalDate.of(2026, 10, 10),
                null}) {
            EntryRow row = row(1, 1, d, "x");
            assertEquals(expected(row), encode(row));
        }
    }

    @Test
    void textIsEscapedAndWrittenAsUtf8() {
        for (String s : new String[] {"Internfakturering IT-tjänster januari", "tab\there", "new\nline\r", "back\\slash",
                "Ålö ÄÖ €", "emoji 😀 pair", "lone \ud800 high", "lone \udc00 low", "\u0001\u007f", "", null}) {
            EntryRow row = row(1, 1, null, s);
            assertEquals(expected(row).replace("\ud800", "?").replace("\udc00", "?"), encode(row), s);
        }
    }

    @Test
    void manyRowsGrowTheBufferAndStayInOrder() {
        Random random = new Random(42);
        CopyText text = new CopyText(16);
        StringBuilder want = new StringBuilder();
        byte[] loadId = "42".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                s.append("aé\t\\€x".charAt(random.nextInt(6)));
            }
            EntryRow row = row(random.nextLong(), random.nextInt() - (long) Integer.MAX_VALUE, LocalDate.ofEpochDay(random.nextInt(20_000)),
                    s.toString());
            text.row(loadId, row);
            want.append(expected(row));
        }
        assertEquals(want.toString(), new String(text.array(), 0, text.length(), StandardCharsets.UTF_8));
    }

    @Test
    void aTotalIsOneRowOfLedgerTotal() {
        CopyText text = new CopyText(4);
        text.totalRow(42, new LoadingSink.TotalKey(202603, 7L, null, "4011"), new long[] {-12_345, 3});
        text.totalRow(42, new LoadingSink.TotalKey(202604, null, null, "tab\there"), new long[] {0, 1});
        assertEquals("42\t202603\t7\t\\N\t4011\t-12345\t3\n42\t202604\t\\N\t\\N\ttab\\there\t0\t1\n",
                new String(text.array(), 0, text.length(), StandardCharsets.UTF_8));
    }
}
