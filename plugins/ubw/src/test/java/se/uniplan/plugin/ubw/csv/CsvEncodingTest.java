package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEncodingTest {

    private static final String TEXT = "account;description\n4011;Lön för Åre-enheten\n";

    @TempDir
    Path folder;

    @Test
    void knowsByteOrderMarks() throws IOException {
        assertEquals(StandardCharsets.UTF_8, sniff(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8))));
        assertEquals(StandardCharsets.UTF_16LE, sniff(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(StandardCharsets.UTF_16BE, sniff(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void knowsUtf16WithoutAByteOrderMark() throws IOException {
        assertEquals(StandardCharsets.UTF_16LE, sniff(TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(StandardCharsets.UTF_16BE, sniff(TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void tellsUtf8FromCp1252() throws IOException {
        assertEquals(StandardCharsets.UTF_8, sniff(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(CsvEncoding.WINDOWS_1252, sniff(TEXT.getBytes(CsvEncoding.WINDOWS_1252)));
        assertEquals(StandardCharsets.UTF_8, sniff("account;amount\n4011;12.00\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void findsCp1252BeyondTheHead() throws IOException {
        String ascii = "4011;Lon;12.00\n".repeat(10_000);
        byte[] bytes = concat(ascii.getBytes(StandardCharsets.US_ASCII), "4011;Lön;1.00\n".getBytes(CsvEncoding.WINDOWS_1252));
        assertEquals(CsvEncoding.WINDOWS_1252, sniff(bytes));
        assertEquals(StandardCharsets.UTF_8, CsvEncoding.ofHead("auto", java.util.Arrays.copyOf(bytes, 4096)));
    }

    @Test
    void theFileOwnersCharsetWins() throws IOException {
        Path file = write(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.ISO_8859_1, CsvEncoding.of("ISO-8859-1", file, Files.readAllBytes(file)));
        assertEquals(CsvEncoding.WINDOWS_1252, CsvEncoding.ofHead(" windows-1252 ", Files.readAllBytes(file)));
        assertThrows(IllegalArgumentException.class, () -> CsvEncoding.of("no-such-charset", file, new byte[0]));
    }

    @Test
    void aSequenceCutBetweenChunksIsStillValid() {
        byte[] bytes = "ÅÄÖ".getBytes(StandardCharsets.UTF_8);
        CsvEncoding.Utf8Check check = new CsvEncoding.Utf8Check();
        check.feed(bytes, 0, 1);
        check.feed(bytes, 1, bytes.length);
        assertEquals(true, check.valid);
        assertEquals(3, check.sequences);
    }

    private Charset sniff(byte[] bytes) throws IOException {
        Path file = write(bytes);
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, UbwCsvReader.HEAD_BYTES));
        return CsvEncoding.of("auto", file, head);
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(folder, "enc", ".csv"), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
