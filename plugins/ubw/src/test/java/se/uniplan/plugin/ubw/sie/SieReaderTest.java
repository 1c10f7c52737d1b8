package se.uniplan.plugin.ubw.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.Content;
import se.uniplan.plugin.ubw.UbwSettings;

/** Which files the reader takes, and what their header says. */
class SieReaderTest {

    private final SieReader reader = new SieReader(UbwSettings.defaults());

    @TempDir
    Path dir;

    @Test
    void takesFilesByTheirExtension() {
        assertTrue(reader.canRead("LÖN.SI", new byte[0]));
        assertTrue(reader.canRead("export.se", null));
        assertTrue(reader.canRead("export.Sie", new byte[0]));
        assertFalse(reader.canRead("agltransact.csv", "client;account".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(reader.canRead("export.sea", new byte[0]));
        assertFalse(reader.canRead(null, null));
    }

    @Test
    void takesFilesByTheirFlagRecord() {
        assertTrue(reader.canRead("upload.txt", "#FLAGGA 0\n#SIETYP 4\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(reader.canRead("upload", "\uFEFF \r\n\t#flagga 1".getBytes(StandardCharsets.UTF_8)));
        assertFalse(reader.canRead("upload.txt", "#FLAGG".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(reader.canRead("upload.txt", "x #FLAGGA 0".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @CsvSource({"1, a.se, SIE 1, YEAR_BALANCES", "2, a.se, SIE 2, PERIOD_BALANCES", "3, a.se, SIE 3, PERIOD_BALANCES",
            "4, a.se, SIE 4E, TRANSACTIONS", "4, a.SI, SIE 4I, TRANSACTIONS", "'', b.si, SIE 4I, TRANSACTIONS",
            "'', b.se, SIE 1, YEAR_BALANCES"})
    void theTypeDecidesTheContent(String type, String name, String format, Content content) {
        String sietyp = type.isEmpty() ? "" : "#SIETYP " + type + "\n";
        LedgerFileHeader header = new SieFiles(dir).read(name, "#FLAGGA 0\n" + sietyp + "#KONTO 1910 Kassa\n")
                .sink().header();
        assertEquals(format, header.format());
        assertEquals(content, header.content());
    }

    @Test
    void theHeaderIsWholeThoughAccountsFollowTheIdentificationBlock() {
        SieFiles.Read read = new SieFiles(dir).read("a.se", SieFiles.HEAD + "#KONTO 1910 Kassa\n#RAR -1 20230101 20231231\n");
        List<Object> events = read.sink().events;
        assertTrue(events.get(0) instanceof LedgerFileHeader);
        assertEquals(2, events.size());
        LedgerFileHeader header = read.sink().header();
        assertEquals("Testprogram 1.0", header.program());
        assertEquals(LocalDate.of(2024, 1, 5), header.generated());
        assertEquals("Räksmörgås Åkeri AB", header.company());
        assertEquals(1, header.fiscalYears().size(), "a #RAR after the accounts is too late for the header");
        assertEquals(9, read.summary().linesRead());
    }
}
