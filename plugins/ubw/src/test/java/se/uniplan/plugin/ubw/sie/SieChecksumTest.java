package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uniplan.plugin.ubw.sie.SieFiles.problem;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/**
 * {@code #KSUMMA} per section 10 of the specification. The expected sums are computed here with the
 * specification's own table-driven C routine, transliterated, over the characters that section
 * 10.14 says count, written out by hand.
 */
class SieChecksumTest {

    private static final String BODY = """
            #PROGRAM "Test \\"X\\"" 1.0
            #SIETYP 4
            #FNAMN "Åkeri AB"
            #KONTO 1915 "Kassa \\"special\\""
            #VER A 1 20240105 "Porto"
            {
            \t#TRANS 1910 {1 "100"} -10.00
            \t#TRANS 6250 { } 10.00
            }
            """;

    /** Labels and field contents only: no blanks between fields, no quotes, no braces; an escaped quote counts as a quote. */
    private static final String SUMMED = "#PROGRAMTest \"X\"1.0" + "#SIETYP4" + "#FNAMNÅkeri AB"
            + "#KONTO1915Kassa \"special\"" + "#VERA120240105Porto" + "#TRANS19101100-10.00" + "#TRANS625010.00";

    @TempDir
    Path dir;

    @Test
    void aMatchingChecksumIsQuiet() {
        SieFiles.Read read = new SieFiles(dir).read("k.se", file(BODY, specificationCrc(SUMMED)));
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.sink().lines.size());
    }

    @Test
    void blanksAndQuotesDoNotCount() {
        String respaced = BODY.replace("#SIETYP 4", "#SIETYP\t\t\"4\"").replace("{1 \"100\"}", "{ \"1\"   100 }")
                .replace("#VER A 1", "#VER \"A\" \"1\"");
        SieFiles.Read read = new SieFiles(dir).read("k.se", file(respaced, specificationCrc(SUMMED)));
        assertEquals(List.of(), read.problems());
    }

    @Test
    void aChangedAmountIsAMismatch() {
        long sum = specificationCrc(SUMMED);
        SieFiles.Read read = new SieFiles(dir).read("k.se", file(BODY.replace("6250 { } 10.00", "6250 { } 19.00"), sum));
        assertEquals(List.of(problem(12, Kind.CHECKSUM_MISMATCH, "#KSUMMA " + sum + ", content sums to "
                + specificationCrc(SUMMED.replace("625010.00", "625019.00")))), read.problems());
        assertEquals(2, read.sink().lines.size(), "the reader reports; the core refuses");
    }

    @Test
    void aSignedSumIsReadAsUnsigned() {
        long sum = specificationCrc(SUMMED);
        SieFiles.Read read = new SieFiles(dir).read("k.se", file(BODY, (int) sum));
        assertEquals(List.of(), read.problems());
    }

    @Test
    void aFileCutBeforeItsClosingChecksum() {
        SieFiles.Read read = new SieFiles(dir).read("k.se", "#FLAGGA 0\n#KSUMMA\n" + BODY);
        assertEquals(List.of(problem(0, Kind.CHECKSUM_MISMATCH, "no closing #KSUMMA")), read.problems());
    }

    @Test
    void aClosingChecksumWithoutAnOpeningOne() {
        SieFiles.Read read = new SieFiles(dir).read("k.se", "#FLAGGA 0\n" + BODY + "#KSUMMA 12345\n");
        assertEquals(List.of(problem(11, Kind.CHECKSUM_MISMATCH, "#KSUMMA 12345 without opening #KSUMMA")),
                read.problems());
    }

    @Test
    void aFileWithoutChecksumIsNotChecked() {
        assertEquals(List.of(), new SieFiles(dir).read("k.se", "#FLAGGA 0\n" + BODY).problems());
    }

    private static String file(String body, long sum) {
        return "#FLAGGA 0\n#KSUMMA\n" + body + "#KSUMMA " + sum + "\n";
    }

    /** The specification's CRC_skapa_tabell, CRC_start, CRC_ackumulera and CRC_retur, over codepage 437. */
    private static long specificationCrc(String text) {
        long[] table = new long[256];
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int j = 8; j > 0; j--) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
            }
            table[i] = crc;
        }
        long crc = 0xFFFFFFFFL;
        for (byte b : text.getBytes(SieEncoding.PC8)) {
            long temp1 = (crc >>> 8) & 0x00FFFFFFL;
            long temp2 = table[(int) ((crc ^ b) & 0xFF)];
            crc = temp1 ^ temp2;
        }
        return crc ^ 0xFFFFFFFFL;
    }
}
