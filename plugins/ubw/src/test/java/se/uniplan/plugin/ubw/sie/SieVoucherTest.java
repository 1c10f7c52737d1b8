package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.uniplan.plugin.ubw.sie.SieFiles.HEAD;
import static se.uniplan.plugin.ubw.sie.SieFiles.problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/** Vouchers and their lines: keys, dates, texts, added and removed lines, the fiscal year. */
class SieVoucherTest {

    @TempDir
    Path dir;

    @Test
    void eachLineGetsItsVoucherAndPlace() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #VER A 12 20240315 "Porto" 20240316 "sign"
                {
                #TRANS 1910 {} -1000.00
                #TRANS 2640 {} 200.00 20240320 "Moms"
                #TRANS 6250 {1 "100"} 800.00 "" ""
                }
                """);
        List<LedgerLine> lines = read.sink().lines;
        assertEquals(List.of("A 12 #1", "A 12 #2", "A 12 #3"), lines.stream().map(LedgerLine::key).toList());
        LedgerLine first = lines.get(0);
        assertEquals(new LedgerLine(10, "A 12 #1", "A 12", 202403, LocalDate.of(2024, 3, 15), null, "1910",
                LedgerDimensions.NONE, -100_000, "Porto"), first);
        LedgerLine second = lines.get(1);
        assertEquals(LocalDate.of(2024, 3, 20), second.transactionDate());
        assertEquals("Moms", second.text(), "the line's own text before the voucher's");
        assertEquals("Porto", lines.get(2).text(), "an empty line text falls back on the voucher's");
        assertEquals(new LedgerDimensions("100", null, null, null, null), lines.get(2).dimensions());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void thePeriodFollowsTheLinesOwnDate() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #VER A 1 20240131 "Periodisering"
                {
                #TRANS 1790 {} 500.00 20240201
                #TRANS 6110 {} -500.00
                }
                """);
        assertEquals(List.of(202402, 202401), read.sink().lines.stream().map(LedgerLine::period).toList());
        assertEquals(Map.of(new PeriodAccount(202402, "1790"), 50_000L, new PeriodAccount(202401, "6110"), -50_000L),
                read.summary().controlTotals());
        assertEquals(2, read.summary().ledgerLines());
    }

    @Test
    void anAddedLineRepeatedByItsTransIsCountedOnce() {
        // the specification's example: #RTRANS 1910 200.00 then the identical #TRANS
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #VER "" "" 20240101 "Porto"
                {
                #TRANS 1910 { } -1200.00
                #TRANS 2640 { } 240.00
                #TRANS 6250 { } 960.00
                #RTRANS 1910 { } 200.00 20240110 "" "" "someone"
                #TRANS 1910 { } 200.00
                #RTRANS 2640 {1 "1"} -40.00
                #TRANS 2640 {"1" "1"} -40.00
                #RTRANS 6250 { } -160.00
                #TRANS 6250 { } -160.00
                }
                """);
        List<LedgerLine> lines = read.sink().lines;
        assertEquals(6, lines.size());
        assertEquals(List.of(-120_000L, 24_000L, 96_000L, 20_000L, -4_000L, -16_000L),
                lines.stream().map(LedgerLine::amount).toList());
        assertEquals(List.of(10L, 11L, 12L, 14L, 16L, 18L), lines.stream().map(LedgerLine::sourceLine).toList(),
                "the #TRANS is what is loaded, not the #RTRANS");
        assertEquals("#1 #6", lines.get(5).key());
        assertEquals(0, lines.stream().mapToLong(LedgerLine::amount).sum());
    }

    @Test
    void anAddedLineWithoutItsRepeatIsLoadedItself() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #VER B 3 20240201 "Rättelse"
                {
                #TRANS 1910 {} -100.00
                #RTRANS 3010 {} 100.00
                #TRANS 2640 {} 30.00
                #RTRANS 2640 {} -30.00
                }
                """);
        List<LedgerLine> lines = read.sink().lines;
        assertEquals(List.of("1910", "3010", "2640", "2640"), lines.stream().map(LedgerLine::account).toList());
        assertEquals(List.of("B 3 #1", "B 3 #2", "B 3 #3", "B 3 #4"), lines.stream().map(LedgerLine::key).toList());
        assertEquals(List.of(10L, 11L, 12L, 13L), lines.stream().map(LedgerLine::sourceLine).toList());
    }

    @Test
    void removedLinesAreNeverLoaded() {
        // the specification's #BTRANS example: 6110 was replaced by 6250
        SieFiles.Read read = new SieFiles(dir).read("a.se", HEAD + """
                #VER A 2 20240101 "Porto"
                {
                #TRANS 1910 { } -1000.00
                #TRANS 2640 { } 200.00
                #BTRANS 6110 { } 800.00
                #RTRANS 6250 { } 800.00
                #TRANS 6250 { } 800.00
                }
                """);
        List<LedgerLine> lines = read.sink().lines;
        assertEquals(List.of("1910", "2640", "6250"), lines.stream().map(LedgerLine::account).toList());
        assertEquals(List.of("A 2 #1", "A 2 #2", "A 2 #3"), lines.stream().map(LedgerLine::key).toList());
    }

    @Test
    void vouchersWithoutNumbersAreNumberedByTheirOrder() {
        SieFiles.Read read = new SieFiles(dir).read("lon.si", HEAD + """
                #VER "" "" 20240125 "Lön januari"
                {
                #TRANS 7010 {} 100.00
                #TRANS 1930 {} -100.00
                }
                #VER "L" "" 20240225 "Lön februari"
                {
                #TRANS 7010 {} 100.00
                }
                """);
        assertEquals(List.of("#1 #1", "#1 #2", "L #2 #1"), read.sink().lines.stream().map(LedgerLine::key).toList());
        assertEquals("SIE 4I", read.sink().header().format());
    }

    @Test
    void linesDatedOutsideTheCurrentFiscalYearAreReported() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", """
                #FLAGGA 0
                #SIETYP 4
                #RAR 0 20230701 20240630
                #VER A 1 20230630 "Före"
                {
                #TRANS 1910 {} -10.00
                #TRANS 3010 {} 10.00 20230701
                }
                #VER A 2 20240630 "Sist"
                {
                #TRANS 1910 {} -10.00
                #TRANS 3010 {} 10.00 20240701
                }
                """);
        assertEquals(List.of(problem(6, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "20230630 outside 20230701–20240630"),
                problem(12, Kind.PERIOD_OUTSIDE_FISCAL_YEAR, "20240701 outside 20230701–20240630")), read.problems());
        assertEquals(4, read.sink().lines.size(), "the reader reports; the core decides");
    }

    @Test
    void withoutRarZeroNoDateIsOutside() {
        SieFiles.Read read = new SieFiles(dir).read("a.si", """
                #FLAGGA 0
                #SIETYP 4
                #VER A 1 19990101 "Gammal"
                {
                #TRANS 1910 {} -10.00
                #TRANS 3010 {} 10.00
                }
                """);
        assertEquals(List.of(), read.problems());
        assertNull(read.sink().lines.get(0).transactionDate());
    }
}
