package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.plugin.ubw.csv.CsvFixture.HEADER;
import static se.uniplan.plugin.ubw.csv.CsvFixture.read;
import static se.uniplan.plugin.ubw.csv.CsvFixture.row;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/** The encodings exports arrive in, and what a wrong one does to å/ä/ö. */
class CsvEncodingReadTest {

    private static final String TEXT = HEADER + "\r\n"
            + row("1", "5710", "202603", "-1 234,50", "Leverantörsfaktura Åhléns").replace("NT-FYS", "HS-HÄL") + "\r\n"
            + row("2", "4011", "202603", "1234.50", "Lön mars – Öst") + "\r\n";

    static Stream<Arguments> encodings() {
        byte[] none = {};
        return Stream.of(
                Arguments.of("UTF-8", StandardCharsets.UTF_8, none, "UTF-8"),
                Arguments.of("UTF-8 with BOM", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
                Arguments.of("cp1252", CsvEncoding.WINDOWS_1252, none, "windows-1252"),
                Arguments.of("UTF-16LE with BOM", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"),
                Arguments.of("UTF-16BE with BOM", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
                Arguments.of("UTF-16LE without BOM", StandardCharsets.UTF_16LE, none, "UTF-16LE"));
    }

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void sniffsTheEncodingAndDecodesSwedishLetters(String label, Charset charset, byte[] bom, String reported)
            throws IOException {
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", TEXT, charset, bom));

        assertEquals(List.of(), read.sink().problems);
        assertEquals(reported, read.sink().header.encoding());
        assertEquals("NS", read.sink().header.company(), "the first column is found behind a byte order mark");
        assertEquals("Leverantörsfaktura Åhléns", read.sink().line("1").text());
        assertEquals("HS-HÄL", read.sink().line("1").dimensions().costCentre());
        assertEquals("Lön mars – Öst", read.sink().line("2").text());
        assertEquals(-123_450 + 123_450, read.sink().lines.stream().mapToLong(l -> l.amount()).sum());
    }

    @Test
    void theOwnersCharsetIsUsedEvenWhereSniffingWouldDisagree() throws IOException {
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", TEXT, CsvEncoding.WINDOWS_1252),
                CsvFixture.settings(Map.of("csv.encoding", "ISO-8859-15")));

        assertEquals("ISO-8859-15", read.sink().header.encoding());
        assertEquals("Leverantörsfaktura Åhléns", read.sink().line("1").text());
    }

    @Test
    void mojibakeInATextIsGarbledEncodingOnItsLine() throws IOException {
        String utf8ReadAsCp1252 = new String("Leverantörsfaktura Åhléns".getBytes(StandardCharsets.UTF_8), CsvEncoding.WINDOWS_1252);
        String text = HEADER + "\n" + row("1", "5710", "202603", "1", "Lön mars") + "\n"
                + row("2", "5710", "202603", "1", utf8ReadAsCp1252) + "\n";
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", text));

        assertEquals(List.of(new LedgerProblem(3, Kind.GARBLED_ENCODING, "description: …verantÃ¶rsfakt…")), read.sink().problems);
        assertEquals(2, read.sink().lines.size(), "the garbled line is reported and still handed on");
    }

    @Test
    void cp1252ReadAsUtf8IsGarbledEncodingOnEveryLineItSpoils() throws IOException {
        CsvFixture.Read read = read(new CsvFixture(folder).write("t.csv", TEXT, CsvEncoding.WINDOWS_1252),
                CsvFixture.settings(Map.of("csv.encoding", "UTF-8")));

        assertEquals(List.of(2L, 2L, 3L), read.sink().problems.stream().map(LedgerProblem::sourceLine).toList());
        assertTrue(read.sink().problems.stream().allMatch(p -> p.kind() == Kind.GARBLED_ENCODING));
        assertEquals(List.of("dim_1: HS-H\uFFFDL", "description: …verant\uFFFDrsfaktu…", "description: L\uFFFDn mars …"),
                read.sink().problems.stream().map(LedgerProblem::value).toList());
    }
}
