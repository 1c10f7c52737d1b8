package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.plugin.ubw.csv.CsvFixture.HEADER;
import static se.uniplan.plugin.ubw.csv.CsvFixture.read;
import static se.uniplan.plugin.ubw.csv.CsvFixture.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/** agltransact exports of the usual shape: what each row becomes and what the summary says. */
class TransactionCsvTest {

    @TempDir
    Path folder;

    private CsvFixture files;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        files = new CsvFixture(folder);
    }

    @Test
    void readsARowIntoALedgerLine() throws IOException {
        Path file = files.write("agltransact.csv", HEADER + "\n" + row(" 900001 ", "4011", "202603", "1234.50", "Lön mars") + "\n");
        CsvFixture.Read read = read(file);

        LedgerLine line = read.sink().line("900001");
        assertEquals(new LedgerLine(2, "900001", "GL 100234", 202603, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5),
                "4011", new LedgerDimensions("NT-FYS", "P10001", "30", "VR", "EXT-S"), 123_450, "Lön mars"), line);
        assertEquals(new LedgerFileHeader("UBW agltransact CSV", LedgerFileHeader.Content.TRANSACTIONS, "UTF-8", "", null,
                "NS", List.of()), read.sink().header);
        assertEquals(List.of(), read.sink().problems);
        assertEquals(2, read.summary().linesRead());
        assertEquals(1, read.summary().ledgerLines());
    }

    @Test
    void readsTheOtherWaysUbwWritesVouchersDatesDimensionsAndAmounts() throws IOException {
        String text = HEADER + "\n"
                + "NS;4011;;;;;;;;202603;2026;-1 234,50;;;7;;20260305;;1;;1\n"
                + "NS;5011;UF-IT;;91;;;;;202603;2026;+12;;;7;AP;2026-03-05 00:00:00;2026-03-04;2;Hyra;2\n";
        CsvFixture.Read read = read(files.write("t.csv", text));

        LedgerLine bare = read.sink().line("1");
        assertEquals("7", bare.voucher());
        assertEquals(-123_450, bare.amount());
        assertSame(LedgerDimensions.NONE, bare.dimensions());
        assertNull(bare.transactionDate());
        assertEquals("", bare.text());
        LedgerLine typed = read.sink().line("2");
        assertEquals("AP 7", typed.voucher());
        assertEquals(new LedgerDimensions("UF-IT", null, "91", null, null), typed.dimensions());
        assertEquals(LocalDate.of(2026, 3, 4), typed.transactionDate());
        assertEquals(1_200, typed.amount());
        assertEquals(List.of(), read.sink().problems);
    }

    @Test
    void sumsWhatItHandsOnPerPeriodAndAccount() throws IOException {
        String text = String.join("\n", HEADER,
                row("1", "4011", "202603", "100.10", "a"), row("2", "4011", "202603", "-0.10", "b"),
                row("3", "4011", "202604", "5", "c"), row("4", "1930", "202603", "-100.00", "d"),
                row("5", "4011", "202603", "1.234", "three decimals: not handed on"), "");
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(Map.of(new PeriodAccount(202603, "4011"), 10_000L, new PeriodAccount(202604, "4011"), 500L,
                new PeriodAccount(202603, "1930"), -10_000L), read.summary().controlTotals());
        assertEquals(4, read.summary().ledgerLines());
        assertEquals(6, read.summary().linesRead());
    }

    @Test
    void reportsEachUnreadableFieldWithItsLineAndHandsTheRowNotOn() throws IOException {
        String text = String.join("\n", HEADER,
                row("1", "4011", "202603", "12.345", "three decimals"),
                row("2", "4011", "202603", "12.34", "ok"),
                row("3", "", "2026-03", "12", "no account, odd period"),
                row("4a", "4011", "202603", "12", "agrtid not digits"),
                row("5", "4011", "202603", "12", "x").replace("2026-03-05;2026", "2026-02-30;2026"),
                row("6", "4011", "202603", "12", "x").replace(";2026;12;", ";26;12;"),
                row("7", "4011", "202603", "12", "x").replace(";100234;", ";;"),
                row("8", "4011", "202603", "12", "x").replace("2026-03-05 14:23:07.000", "5 mars"), "");
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(List.of("2"), read.sink().lines.stream().map(LedgerLine::key).toList());
        assertEquals(List.of(
                new LedgerProblem(2, Kind.MALFORMED_LINE, "amount: 12.345"),
                new LedgerProblem(4, Kind.MALFORMED_LINE, "account: "),
                new LedgerProblem(4, Kind.MALFORMED_LINE, "period: 2026-03"),
                new LedgerProblem(5, Kind.MALFORMED_LINE, "agrtid: 4a"),
                new LedgerProblem(6, Kind.MALFORMED_LINE, "voucher_date: 2026-02-30"),
                new LedgerProblem(7, Kind.MALFORMED_LINE, "fiscal_year: 26"),
                new LedgerProblem(8, Kind.MALFORMED_LINE, "voucher_no: "),
                new LedgerProblem(9, Kind.MALFORMED_LINE, "trans_date: 5 mars")), read.sink().problems);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsOneProblemAndTheRestIsRead() throws IOException {
        String text = String.join("\n", HEADER, row("1", "4011", "202603", "1", "a") + ";extra",
                row("2", "4011", "202603", "2", "b"), "NS;4011;202603", row("3", "4011", "202603", "3", "c"));
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(List.of(new LedgerProblem(2, Kind.MALFORMED_LINE, "fields: 22, header: 21"),
                new LedgerProblem(4, Kind.MALFORMED_LINE, "fields: 3, header: 21")), read.sink().problems);
        assertEquals(List.of("2", "3"), read.sink().lines.stream().map(LedgerLine::key).toList());
        assertEquals(List.of(3L, 5L), read.sink().lines.stream().map(LedgerLine::sourceLine).toList());
    }

    @Test
    void acceptsOpeningAndClosingPeriodsOfTheFiscalYear() throws IOException {
        String text = String.join("\n", HEADER, row("1", "2440", "202600", "5", "ingående"),
                row("2", "4011", "202613", "5", "bokslut"), row("3", "4011", "202614", "5", "no such month"),
                row("4", "4011", "202513", "5", "last year's"), "");
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(List.of(new LedgerProblem(4, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "period: 202614, fiscal year 2026: 202601–202612"),
                new LedgerProblem(5, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "period: 202513, fiscal year 2026: 202601–202612")),
                read.sink().problems);
        assertEquals(List.of(202600, 202613, 202614, 202513), read.sink().lines.stream().map(LedgerLine::period).toList(),
                "a line outside its year is reported and still handed on, for the core to refuse");
    }

    @Test
    void placesPeriodsInABrokenFiscalYearStartingInJuly() throws IOException {
        String text = String.join("\n", HEADER, row("1", "4011", "202607", "1", "first month"),
                row("2", "4011", "202706", "1", "last month"), row("3", "4011", "202606", "1", "month before"),
                row("4", "4011", "202707", "1", "month after"), row("5", "4011", "202613", "1", "closing"), "");
        CsvFixture.Read read = read(files.write("t.csv", text),
                CsvFixture.settings(Map.of("csv.fiscal-year-start-month", "7")));

        assertEquals(List.of(new LedgerProblem(4, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "period: 202606, fiscal year 2026: 202607–202706"),
                new LedgerProblem(5, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "period: 202707, fiscal year 2026: 202607–202706")),
                read.sink().problems);
    }

    @Test
    void withoutAFiscalYearColumnOnlyTheMonthIsChecked() throws IOException {
        String text = "account;period;amount;voucher_no;agrtid\n4011;202512;1;1;1\n4011;202514;1;1;2\n";
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(List.of(new LedgerProblem(3, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "period: 202514")), read.sink().problems);
        assertEquals(2, read.sink().lines.size());
        assertEquals("", read.sink().header.company());
    }

    @Test
    void aMissingRequiredColumnIsOneProblemOnTheHeaderAndNoLines() throws IOException {
        String text = HEADER.replace(";agrtid", ";row_id") + "\n" + row("1", "4011", "202603", "1", "a") + "\n";
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(List.of(new LedgerProblem(1, Kind.MALFORMED_LINE, "missing column: agrtid")), read.sink().problems);
        assertEquals(List.of(), read.sink().lines);
        assertEquals("UBW agltransact CSV", read.sink().header.format());
        assertEquals(0, read.summary().ledgerLines());
    }

    @Test
    void toleratesBlankLinesAndWindowsLineBreaks() throws IOException {
        String text = "\r\n" + HEADER + "\r\n" + row("1", "4011", "202603", "1", "a") + "\r\n\r\n"
                + row("2", "4011", "202603", "2", "b") + "\r\n\r\n";
        CsvFixture.Read read = read(files.write("t.csv", text));

        assertEquals(List.of(3L, 5L), read.sink().lines.stream().map(LedgerLine::sourceLine).toList());
        assertEquals(6, read.summary().linesRead());
        assertEquals(List.of(), read.sink().problems);
    }

    @Test
    void settingsThatCannotBeUsedFailTheReadInsteadOfMisreadingIt() throws IOException {
        Path file = files.write("t.csv", HEADER + "\n" + row("1", "4011", "202603", "1", "a") + "\n");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> read(file, CsvFixture.settings(Map.of("csv.fiscal-year-start-month", "13"))));
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> read(file, CsvFixture.settings(Map.of("csv.encoding", "no-such-charset"))));
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        CsvFixture.Read read = read(files.write("t.csv", ""));

        assertEquals(List.of(new LedgerProblem(0, Kind.UNSUPPORTED_CONTENT, "no header row")), read.sink().problems);
        assertTrue(read.sink().lines.isEmpty());
    }
}
