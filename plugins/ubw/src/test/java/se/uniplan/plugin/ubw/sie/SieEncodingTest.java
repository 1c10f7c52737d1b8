package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.uniplan.plugin.ubw.sie.SieFiles.problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;
import se.uniplan.plugin.api.ledger.SourceFile;
import se.uniplan.plugin.ubw.UbwSettings;

/** Files labelled PC8 that are really something else, and files that garble å/ä/ö. */
class SieEncodingTest {

    /** Every Swedish letter and é, in names the tests look at. */
    private static final String FILE = """
            #FLAGGA 0
            #FORMAT PC8
            #SIETYP 4
            #FNAMN "Räksmörgås Åkeri & Östgöta Café AB"
            #KONTO 3010 "Försäljning ÄÖÅ"
            #VER A 1 20240105 "Växel"
            {
            #TRANS 3010 {} -10.00 "" "Fräs"
            #TRANS 1910 {} 10.00
            }
            """;

    @TempDir
    Path dir;

    @Test
    void codepage437AsTheSpecificationSays() {
        assertReadsCleanly(new SieFiles(dir).read("pc8.se", FILE, SieEncoding.PC8), "IBM437");
    }

    @Test
    void utf8LabelledPc8() {
        assertReadsCleanly(new SieFiles(dir).read("utf8.se", FILE, StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void utf8WithByteOrderMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(FILE.getBytes(StandardCharsets.UTF_8));
        assertReadsCleanly(new SieFiles(dir).read("bom.se", bytes.toByteArray()), "UTF-8");
    }

    @Test
    void iso885915LabelledPc8() {
        assertReadsCleanly(new SieFiles(dir).read("latin.se", FILE, SieEncoding.LATIN), "ISO-8859-15");
    }

    @Test
    void windows1252WithItsOwnPunctuation() {
        SieFiles.Read read = new SieFiles(dir).read("win.se", FILE.replace("Växel", "Växel – kassa"), SieEncoding.WINDOWS);
        assertEquals("windows-1252", read.sink().header().encoding());
        assertEquals("Växel – kassa", read.sink().lines.get(1).text());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void aStrayLatinByteInACodepage437FileIsGarbled() {
        byte[] bytes = FILE.replace("\"Fräs\"", "\"Fr\u00f1s\"").getBytes(SieEncoding.PC8);
        // codepage 437's ñ (A4) stands in for the Latin-1 byte E4 (ä) written by another program
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xA4) {
                bytes[i] = (byte) 0xE4;
            }
        }
        SieFiles.Read read = new SieFiles(dir).read("stray.se", bytes);
        assertEquals("IBM437", read.sink().header().encoding(), "the codepage 437 letters are the many");
        assertEquals(List.of(problem(8, Kind.GARBLED_ENCODING, "FrΣs")), read.problems());
    }

    @Test
    void aLatinFileForcedToCodepage437IsGarbledWhereverLettersAre() {
        SieFiles.Read read = new SieFiles(dir).with("sie.encoding", "PC8").read("forced.se", FILE, SieEncoding.LATIN);
        assertEquals("IBM437", read.sink().header().encoding());
        assertEquals(List.of(problem(4, Kind.GARBLED_ENCODING, "R\u03a3ksm\u00f7rg\u03c3s"),
                problem(5, Kind.GARBLED_ENCODING, "F\u00f7rs\u03a3ljning"),
                problem(6, Kind.GARBLED_ENCODING, "V\u03a3xel"),
                problem(8, Kind.GARBLED_ENCODING, "Fr\u03a3s")), read.problems());
    }

    @Test
    void aCodepage437FileForcedToUtf8ShowsReplacementCharacters() {
        SieFiles.Read read = new SieFiles(dir).with("sie.encoding", "UTF-8").read("forced.se", FILE, SieEncoding.PC8);
        assertEquals("UTF-8", read.sink().header().encoding());
        assertEquals(4, read.problems().size());
        assertEquals(problem(4, Kind.GARBLED_ENCODING, "R\ufffdksm\ufffdrg\ufffds"), read.problems().get(0));
    }

    @Test
    void aCodepage437FileReadAsLatinShowsControlCharacters() {
        SieFiles.Read read = new SieFiles(dir).with("sie.encoding", "ISO-8859-15").read("forced.se", FILE, SieEncoding.PC8);
        assertEquals(problem(4, Kind.GARBLED_ENCODING, "R\\x84ksm\\x94rg\\x86s"), read.problems().get(0));
    }

    @Test
    void aUtf8FileReadAsCodepage437ShowsBoxDrawing() {
        SieFiles.Read read = new SieFiles(dir).with("sie.encoding", "IBM437").read("forced.se", FILE, StandardCharsets.UTF_8);
        assertEquals(problem(4, Kind.GARBLED_ENCODING, "R\u251c\u00f1ksm\u251c\u2562rg\u251c\u00d1s"), read.problems().get(0));
    }

    @Test
    void anUnknownConfiguredCharsetStopsTheRead() throws IOException {
        Path file = Files.writeString(dir.resolve("a.se"), FILE);
        UbwSettings settings = UbwSettings.from(key -> key.equals("sie.encoding")
                ? java.util.Optional.of("klingon-8") : java.util.Optional.empty());
        IOException e = assertThrows(IOException.class,
                () -> new SieReader(settings).read(new SourceFile("a.se", file), new RecordingSink()));
        assertEquals("the configured SIE encoding is not a known character set: klingon-8", e.getMessage());
    }

    @Test
    void sniffingDecidesByTheSwedishLetters() throws IOException {
        assertEquals(SieEncoding.PC8, sniff(new byte[] {'a', 'b'}), "plain ASCII reads as the specification's PC8");
        assertEquals(SieEncoding.PC8, sniff(new byte[] {(byte) 0x86, (byte) 0x84, (byte) 0xE5}));
        assertEquals(SieEncoding.LATIN, sniff(new byte[] {(byte) 0xE5, (byte) 0xE4, (byte) 0x86}));
        assertEquals(StandardCharsets.UTF_8, sniff("å".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SieEncoding.PC8, sniff(new byte[] {(byte) 0xC3}), "a cut UTF-8 sequence is not UTF-8");
    }

    @Test
    void cleanTextIsNotGarbled() {
        assertNull(GarbledText.firstGarbledWord("Räksmörgås – \"Åkeri\" Ü é µ ½ 20°"));
        assertEquals("Ã¥r", GarbledText.firstGarbledWord("ett Ã¥r"));
        assertEquals("F„retag", GarbledText.firstGarbledWord("F„retag AB"));
        assertNull(GarbledText.firstGarbledWord("„citat”"), "quotation marks around words are punctuation");
    }

    private void assertReadsCleanly(SieFiles.Read read, String encoding) {
        assertEquals(encoding, read.sink().header().encoding());
        assertEquals("Räksmörgås Åkeri & Östgöta Café AB", read.sink().header().company());
        assertEquals("Försäljning ÄÖÅ", read.sink().account("3010").name());
        assertEquals("Fräs", read.sink().lines.get(0).text());
        assertEquals(List.of(), read.problems());
    }

    private static java.nio.charset.Charset sniff(byte[] bytes) throws IOException {
        return SieEncoding.sniff(new ByteArrayInputStream(bytes));
    }
}
