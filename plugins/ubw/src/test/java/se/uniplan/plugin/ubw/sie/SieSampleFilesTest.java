package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerBalance;
import se.uniplan.plugin.api.ledger.LedgerBalance.Kind;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.Content;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.FiscalYearSpan;
import se.uniplan.plugin.api.ledger.LedgerFileSummary;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/**
 * The real SIE files of ../shared/formats/sie, read with the default settings. Each one's header
 * is checked, and what it loads is checked twice over: against literal figures computed outside
 * Java, and against {@link IndependentCount}. The figures for lines and amounts come from
 * {@code awk -f sie_scan.awk FILE} (the script is in this package's test resources); the record
 * counts from {@code grep -c '^#IB'} and the like, with object lists counted by dimension, since
 * only dimensions 1 and 6 are mapped by default. Every {@code #RTRANS} in these files is repeated
 * by its {@code #TRANS}, so the awk count of {@code #TRANS} lines is the number of lines to load.
 */
class SieSampleFilesTest {

    /** What one sample file must give. */
    record Sample(String file, String format, Content content, String company, String program, LocalDate generated,
                  List<FiscalYearSpan> years, long physicalLines, long ledgerLines, long debit, long credit,
                  int accounts, int dimensionValues, Map<Kind, Integer> balances, String accountWithLetters,
                  String nameWithLetters) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("BL0001_typ4_RTRANS_BTRANS.SE", "SIE 4E", Content.TRANSACTIONS,
                        "SEEE Speak Easy Executive English AB", "BL Administration 2011.2.102", LocalDate.of(2011, 11, 1),
                        List.of(year(0, "2009-07-01", "2010-06-30"), year(-1, "2008-07-01", "2009-06-30")),
                        1129, 405, 101_480_321L, -101_480_321L, 117, 19,
                        Map.of(Kind.OPENING, 54, Kind.CLOSING, 54, Kind.RESULT, 26, Kind.PERIOD_BUDGET, 24,
                                Kind.OBJECT_OPENING, 4, Kind.OBJECT_CLOSING, 17),
                        "1229", "Inventarier, värdeminskn"),
                new Sample("Fortnox_Sie4.si", "SIE 4I", Content.TRANSACTIONS, "Testföretaget AB",
                        "Fortnox Bokföring 2.0.0", LocalDate.of(2011, 3, 23), List.of(year(0, "2010-01-01", "2010-12-31")),
                        1912, 869, 6_962_651_900L, -6_962_651_900L, 133, 3,
                        Map.of(Kind.OPENING, 48, Kind.CLOSING, 48),
                        "1111", "Byggnader på egen mark"),
                new Sample("LON_Lonekorning_SIE4I.SI", "SIE 4I", Content.TRANSACTIONS, "Demoföretaget AB",
                        "Kontek Lön 2011.0", LocalDate.of(2011, 3, 1), List.of(),
                        40, 25, 21_639_803L, -21_639_803L, 0, 0, Map.of(), null, null),
                new Sample("Visma_SIE4_underdim.SE", "SIE 4E", Content.TRANSACTIONS, "Övningsbolaget AB",
                        "Visma Administration 2000 med Visma Integration 2022.2", LocalDate.of(2023, 8, 22),
                        List.of(year(0, "2021-01-01", "2021-12-31"), year(-1, "2020-01-01", "2020-12-31")),
                        4082, 1330, 3_419_790_588L, -3_419_790_588L, 530, 37,
                        Map.of(Kind.OPENING, 51, Kind.CLOSING, 53, Kind.RESULT, 119),
                        "1090", "Övriga imm anl tillg"),
                new Sample("ovnbolag_objektsaldo_SIE3.se", "SIE 3", Content.PERIOD_BALANCES,
                        "Övningsbolaget AB (Ekonomi 60)", "Avendo 5.20", LocalDate.of(2011, 5, 31), ovnbolagYears(),
                        4174, 0, 0, 0, 567, 9,
                        // #PSALDO: 392 with {}, 268 with {1 …}, 3 with {1 … 6 …}; 312 more name dimension 7
                        Map.of(Kind.OPENING, 55, Kind.CLOSING, 62, Kind.RESULT, 104, Kind.PERIOD_CHANGE, 663,
                                Kind.PERIOD_BUDGET, 1248),
                        "1050", "Varumärken"),
                new Sample("ovnbolag_periodsaldo_SIE2.se", "SIE 2", Content.PERIOD_BALANCES,
                        "Övningsbolaget AB (Ekonomi 60)", "Avendo 5.20", LocalDate.of(2011, 5, 31), ovnbolagYears(),
                        3887, 0, 0, 0, 567, 0,
                        Map.of(Kind.OPENING, 55, Kind.CLOSING, 62, Kind.RESULT, 104, Kind.PERIOD_CHANGE, 705,
                                Kind.PERIOD_BUDGET, 1248),
                        "1050", "Varumärken"),
                new Sample("ovnbolag_transaktioner_SIE4E.se", "SIE 4E", Content.TRANSACTIONS,
                        "Övningsbolaget AB (Ekonomi 60)", "Avendo 5.20", LocalDate.of(2011, 5, 31), ovnbolagYears(),
                        5064, 671, 1_204_311_152L, -1_204_311_152L, 567, 9,
                        Map.of(Kind.OPENING, 55, Kind.CLOSING, 62, Kind.RESULT, 104, Kind.PERIOD_CHANGE, 705,
                                Kind.PERIOD_BUDGET, 1248),
                        "1050", "Varumärken"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void headerSaysWhatTheFileIs(Sample sample) throws IOException {
        Result result = read(sample.file());
        LedgerFileHeader header = result.sink.header();
        assertEquals(sample.format(), header.format());
        assertEquals(sample.content(), header.content());
        assertEquals("IBM437", header.encoding());
        assertEquals(sample.company(), header.company());
        assertEquals(sample.program(), header.program());
        assertEquals(sample.generated(), header.generated());
        assertEquals(sample.years(), header.fiscalYears());
        assertTrue(result.sink.events.get(0) instanceof LedgerFileHeader, "the header comes first");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadedLinesAddUpToTheAwkFiguresAndTheIndependentCount(Sample sample) throws IOException {
        Result result = read(sample.file());
        List<LedgerLine> lines = result.sink.lines;
        assertEquals(sample.physicalLines(), result.summary.linesRead());
        assertEquals(sample.ledgerLines(), lines.size());
        assertEquals(sample.ledgerLines(), result.summary.ledgerLines());
        assertEquals(sample.debit(), lines.stream().mapToLong(LedgerLine::amount).filter(a -> a > 0).sum());
        assertEquals(sample.credit(), lines.stream().mapToLong(LedgerLine::amount).filter(a -> a < 0).sum());

        IndependentCount independent = IndependentCount.of(path(sample.file()));
        assertEquals(independent.lines, lines.size());
        assertEquals(independent.totals, result.summary.controlTotals());
        Map<LedgerFileSummary.PeriodAccount, Long> fromLines = lines.stream().collect(Collectors.groupingBy(
                l -> new LedgerFileSummary.PeriodAccount(l.period(), l.account()), Collectors.summingLong(LedgerLine::amount)));
        assertEquals(independent.totals, fromLines);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void masterDataAndBalancesAreAllThere(Sample sample) throws IOException {
        Result result = read(sample.file());
        assertEquals(sample.accounts(), result.sink.accounts.size());
        assertEquals(sample.accounts(), result.sink.accounts.stream().map(a -> a.number()).distinct().count());
        assertEquals(sample.dimensionValues(), result.sink.dimensionValues.size());
        for (Kind kind : Kind.values()) {
            assertEquals(sample.balances().getOrDefault(kind, 0), result.sink.balances(kind).size(), kind.name());
        }
        if (sample.accountWithLetters() != null) {
            assertEquals(sample.nameWithLetters(), result.sink.account(sample.accountWithLetters()).name());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void onlyTheStrayLatinByteOfBl0001AndTheMissingAccountBalancesOfTheSie3FileAreProblems(Sample sample) throws IOException {
        Result result = read(sample.file());
        if (sample.file().contains("objektsaldo_SIE3")) {
            // 3041 in January: only {"7" "4"} -103 850,00 and cost-centre slices of it; the SIE 2 file of the
            // same company states the account's whole change, {} -169 975,00, which this file never does
            assertTrue(result.sink.problems.contains(new LedgerProblem(1865, LedgerProblem.Kind.ACCOUNT_BALANCE_MISSING,
                    "#PSALDO 0 201101 3041")), result.sink.problems.toString());
            assertEquals(75, result.sink.problems.size());
            assertTrue(result.sink.problems.stream().allMatch(p -> p.kind() == LedgerProblem.Kind.ACCOUNT_BALANCE_MISSING));
        } else if (sample.file().startsWith("BL0001")) {
            // #OBJEKT 6 "\xC5" "1": a Latin-1 Å in a codepage 437 file, read as a box-drawing character
            assertEquals(List.of(new LedgerProblem(40, LedgerProblem.Kind.GARBLED_ENCODING, "┼1")),
                    result.sink.problems);
        } else {
            // Visma's stray Latin-1 ö sits in #FNR, which the reader does not use
            assertEquals(List.of(), result.sink.problems);
        }
    }

    @Test
    void swedishLettersInDimensionValuesSurvive() throws IOException {
        Result result = read("BL0001_typ4_RTRANS_BTRANS.SE");
        assertTrue(result.sink.dimensionValues.stream().anyMatch(v -> v.role() == DimensionRole.COST_CENTRE
                && v.code().equals("10") && v.name().equals("Östervåla")));
        Result visma = read("Visma_SIE4_underdim.SE");
        assertTrue(visma.sink.dimensionValues.stream().anyMatch(v -> v.role() == DimensionRole.PROJECT
                && v.code().equals("0002") && v.name().equals("Driftsättning nätverk")));
    }

    /** Files with both #RES and vouchers: the year's lines on each result account add up to #RES 0. */
    @ParameterizedTest
    @ValueSource(strings = {"BL0001_typ4_RTRANS_BTRANS.SE", "Visma_SIE4_underdim.SE",
            "ovnbolag_transaktioner_SIE4E.se"})
    void resultBalancesAgreeWithTheLines(String file) throws IOException {
        Result result = read(file);
        Map<String, Long> perAccount = result.sink.lines.stream()
                .collect(Collectors.groupingBy(LedgerLine::account, Collectors.summingLong(LedgerLine::amount)));
        List<LedgerBalance> results = result.sink.balances(Kind.RESULT).stream().filter(b -> b.yearIndex() == 0).toList();
        assertTrue(results.size() > 10);
        for (LedgerBalance res : results) {
            assertEquals(res.amount(), perAccount.getOrDefault(res.account(), 0L), "account " + res.account());
        }
    }

    /**
     * Files without vouchers: #RES 0 against the account-wide #PSALDO of the year. The SIE 2 file
     * agrees on all 49 result accounts. The SIE 3 file agrees on 14 only: it gives 35 accounts'
     * movements partly or wholly per object ({7 "4"}, {1 "Nord" 7 "1"}) and not for the account as
     * a whole, as the specification would have it.
     */
    @ParameterizedTest
    @CsvSource({"ovnbolag_periodsaldo_SIE2.se, 49", "ovnbolag_objektsaldo_SIE3.se, 14"})
    void resultBalancesAgainstPeriodBalances(String file, int agreeing) throws IOException {
        Result result = read(file);
        Map<String, Long> perAccount = result.sink.balances(Kind.PERIOD_CHANGE).stream()
                .filter(b -> b.yearIndex() == 0 && b.dimensions().equals(LedgerDimensions.NONE))
                .collect(Collectors.groupingBy(LedgerBalance::account, Collectors.summingLong(LedgerBalance::amount)));
        List<LedgerBalance> results = result.sink.balances(Kind.RESULT).stream().filter(b -> b.yearIndex() == 0).toList();
        assertEquals(49, results.size());
        assertEquals(agreeing, results.stream().filter(r -> perAccount.getOrDefault(r.account(), 0L) == r.amount()).count());
    }

    /**
     * BL0001 numbers twelve monthly depreciation vouchers all "# 1", so their keys repeat: the
     * reader passes them on as the file has them, and the core refuses them as duplicate keys.
     */
    @Test
    void bl0001RepeatsOneVoucherNumber() throws IOException {
        Result result = read("BL0001_typ4_RTRANS_BTRANS.SE");
        Map<String, Long> keys = result.sink.lines.stream()
                .collect(Collectors.groupingBy(LedgerLine::key, Collectors.counting()));
        List<String> repeated = keys.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(8, repeated.size());
        assertTrue(repeated.stream().allMatch(k -> k.startsWith("# 1 #")), repeated::toString);
        assertEquals(405 - 76 + 8, keys.size());
    }

    @Test
    void anImportFileWithoutNumbersGetsDeterministicVoucherIds() throws IOException {
        Result result = read("LON_Lonekorning_SIE4I.SI");
        LedgerLine first = result.sink.lines.get(0);
        assertEquals("#1", first.voucher());
        assertEquals("#1 #1", first.key());
        assertEquals(201102, first.period());
        assertEquals("Utbetalning löner", first.text());
        assertEquals(-11_548_600L, first.amount());
        LedgerLine withObjects = result.sink.lines.stream().filter(l -> l.sourceLine() == 25).findFirst().orElseThrow();
        assertEquals(new LedgerDimensions("100", "Obj300", null, null, null), withObjects.dimensions());
        assertNull(first.transactionDate());
    }

    private static Result read(String file) throws IOException {
        RecordingSink sink = new RecordingSink();
        LedgerFileSummary summary = new SieReader(UbwSettings.defaults()).read(new SourceFile(file, path(file)), sink);
        return new Result(sink, summary);
    }

    private record Result(RecordingSink sink, LedgerFileSummary summary) {
    }

    static Path path(String file) {
        String dir = System.getProperty("formats.dir");
        if (dir == null) {
            throw new AssertionError("formats.dir is not set: the real sample files are required");
        }
        Path path = Path.of(dir, "sie", file);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("sample file missing: " + path);
        }
        return path;
    }

    private static FiscalYearSpan year(int index, String start, String end) {
        return new FiscalYearSpan(index, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static List<FiscalYearSpan> ovnbolagYears() {
        return List.of(year(0, "2011-01-01", "2011-12-31"), year(-1, "2010-01-01", "2010-12-31"));
    }
}
