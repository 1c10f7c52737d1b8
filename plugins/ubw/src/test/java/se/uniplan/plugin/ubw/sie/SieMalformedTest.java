package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.plugin.ubw.sie.SieFiles.HEAD;
import static se.uniplan.plugin.ubw.sie.SieFiles.problem;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/** Lines that cannot be read are reported with their line number and the offending token, and reading goes on. */
class SieMalformedTest {

    @TempDir
    Path dir;

    @Test
    void everyBadLineIsReportedOnItsOwnLine() {
        SieFiles.Read read = new SieFiles(dir).read("bad.se", HEAD + """
                #VER A 1 20240110 "Inköp"
                {
                #TRANS 1910 {}
                #TRANS 1910 {} -100.00 2024-01-10
                #TRANS 1910 {} 12,3,4
                #TRANS 1910 {} 10.005
                #TRANS {} 10.00
                #TRANS 2640 {1} 10.00
                #TRANS 2640 {} 10.00 "" "utan slut
                #TRANS 2640 {1 "100" 10.00
                #TRANS 4010 {} 100.00
                }
                #VER A 2 20241301 "Fel datum"
                {
                #TRANS 1910 {} 1.00
                }
                #IB 0 1910 1,2,3
                #PSALDO 0 202413 3010 {} -5.00
                #RES x 3010 -5.00
                """);
        assertEquals(List.of(
                problem(10, Kind.MALFORMED_LINE, "#TRANS without amount"),
                problem(11, Kind.MALFORMED_LINE, "date 2024-01-10"),
                problem(12, Kind.MALFORMED_LINE, "amount 12,3,4"),
                problem(13, Kind.MALFORMED_LINE, "amount 10.005"),
                problem(14, Kind.MALFORMED_LINE, "#TRANS without account"),
                problem(15, Kind.MALFORMED_LINE, "object list {1}"),
                problem(16, Kind.MALFORMED_LINE, "#TRANS quote without end"),
                problem(17, Kind.MALFORMED_LINE, "#TRANS object list without }"),
                problem(20, Kind.MALFORMED_LINE, "#VER date 20241301"),
                problem(24, Kind.MALFORMED_LINE, "amount 1,2,3"),
                problem(25, Kind.MALFORMED_LINE, "period 202413"),
                problem(26, Kind.MALFORMED_LINE, "year x")), read.problems());
        List<LedgerLine> lines = read.sink().lines;
        assertEquals(1, lines.size(), "the readable line is still handed on");
        assertEquals("A 1 #9", lines.get(0).key(), "bad lines keep their places, so keys stay put when they are mended");
    }

    @Test
    void aVoucherWithoutItsBlock() {
        SieFiles.Read read = new SieFiles(dir).read("bad.se", HEAD + """
                #VER A 1 20240110 "Utan klammer"
                #TRANS 1910 {} -100.00
                #VER A 2 20240110 "Rätt"
                {
                #TRANS 1910 {} -100.00
                }
                }
                """);
        assertEquals(List.of(
                problem(8, Kind.MALFORMED_LINE, "#VER without { block"),
                problem(9, Kind.MALFORMED_LINE, "#TRANS outside #VER"),
                problem(14, Kind.MALFORMED_LINE, "} without {")), read.problems());
        assertEquals(List.of("A 2 #1"), read.sink().lines.stream().map(LedgerLine::key).toList());
    }

    @Test
    void aBlockLeftOpenAtTheEndOfTheFile() {
        SieFiles.Read read = new SieFiles(dir).read("cut.se", HEAD + """
                #VER A 1 20240110 "Avklippt"
                {
                #TRANS 1910 {} -100.00
                #TRANS 4010 {} 100.00""");
        assertEquals(List.of(problem(8, Kind.MALFORMED_LINE, "#VER A 1 without }")), read.problems());
        assertEquals(11, read.summary().linesRead(), "the last line counts without its line feed");
    }

    @Test
    void aNewVoucherInsideAnOpenBlock() {
        SieFiles.Read read = new SieFiles(dir).read("bad.se", HEAD + """
                #VER A 1 20240110 "Först"
                {
                #TRANS 1910 {} -100.00
                #VER A 2 20240111 "Sedan"
                {
                #TRANS 1910 {} 100.00
                }
                """);
        assertEquals(List.of(problem(8, Kind.MALFORMED_LINE, "#VER A 1 without }")), read.problems());
        assertEquals(List.of("A 1 #1", "A 2 #1"), read.sink().lines.stream().map(LedgerLine::key).toList());
    }

    @Test
    void problemsInTheIdentificationBlockWaitForTheHeader() {
        SieFiles.Read read = new SieFiles(dir).read("id.se", """
                #FLAGGA 0
                #SIETYP 7
                #GEN 2024
                #RAR 0 20241231 20240101
                #FNAMN "Bolaget AB"
                #KONTO 1910 Kassa
                """);
        assertTrue(read.sink().events.get(0) instanceof LedgerFileHeader, "the header comes before any problem");
        assertEquals(List.of(problem(2, Kind.MALFORMED_LINE, "#SIETYP 7"), problem(3, Kind.MALFORMED_LINE, "date 2024"),
                problem(4, Kind.MALFORMED_LINE, "#RAR 20241231 20240101")), read.problems());
        LedgerFileHeader header = read.sink().header();
        assertEquals("Bolaget AB", header.company());
        assertEquals(List.of(), header.fiscalYears());
    }

    @Test
    void aFileWithoutAnySieRecord() {
        SieFiles.Read read = new SieFiles(dir).read("empty.se", "\n\n");
        assertEquals(List.of(new LedgerProblem(0, Kind.UNSUPPORTED_CONTENT, "no SIE records")), read.problems());
        assertEquals(1, read.sink().headers.size(), "even an empty file has its header");
    }
}
