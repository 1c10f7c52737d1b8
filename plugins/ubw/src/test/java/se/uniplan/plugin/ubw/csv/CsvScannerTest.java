package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvScannerTest {

    private static final String TEXT = "a;b;c\r\n"
            + "1;\"two; with \"\"quotes\"\"\";3\n"
            + "\n"
            + "x;\"multi\nline\r\ntext\";z\n"
            + "\"\";;\n"
            + "last;line;no newline";

    @Test
    void splitsRfc4180RecordsWithTheirLineNumbers() throws IOException {
        List<String> records = records(new CsvScanner(new StringReader(TEXT), ';'));
        assertEquals(List.of("1:[a, b, c]", "2:[1, two; with \"quotes\", 3]", "3:[]", "4:[x, multi\nline\r\ntext, z]",
                "7:[, , ]", "8:[last, line, no newline]"), records);
    }

    @Test
    void countsPhysicalLinesIncludingALastLineWithoutBreak() throws IOException {
        CsvScanner scanner = new CsvScanner(new StringReader(TEXT), ';');
        while (scanner.next()) {
            assertFalse(scanner.damaged());
        }
        assertEquals(8, scanner.linesRead());
    }

    @Test
    void givesTheSameRecordsWhateverTheBufferAndHowTheInputArrives() throws IOException {
        List<String> expected = records(new CsvScanner(new StringReader(TEXT), ';'));
        for (int size = 16; size < 64; size++) {
            assertEquals(expected, records(new CsvScanner(new Trickle(TEXT), ';', size)), "buffer " + size);
        }
    }

    @Test
    void readsOtherDelimiters() throws IOException {
        assertEquals(List.of("1:[a, b;c, \"d\"]"), records(new CsvScanner(new StringReader("a\tb;c\t\"\"\"d\"\"\""), '\t')));
        assertEquals(List.of("1:[a, b;c, d,e]"), records(new CsvScanner(new StringReader("a,b;c,\"d,e\"\n"), ',')));
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertEquals(List.of("1:[client, account]"), records(new CsvScanner(new StringReader("\uFEFFclient;account"), ';')));
    }

    @Test
    void marksTextAfterAClosingQuoteAsDamaged() throws IOException {
        CsvScanner scanner = new CsvScanner(new StringReader("\"a\"b;c\nd;e\n"), ';');
        assertTrue(scanner.next());
        assertTrue(scanner.damaged());
        assertTrue(scanner.next());
        assertFalse(scanner.damaged());
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsDamaged() throws IOException {
        CsvScanner scanner = new CsvScanner(new StringReader("a;b\nc;\"open\nmore"), ';');
        assertTrue(scanner.next());
        assertTrue(scanner.next());
        assertTrue(scanner.damaged());
        assertEquals(2, scanner.fieldCount());
        assertFalse(scanner.next());
    }

    @Test
    void anUnterminatedQuoteDoesNotSwallowTheRestOfAHugeFile() throws IOException {
        StringBuilder text = new StringBuilder("a;\"never closed\n");
        int rows = CsvScanner.MAX_RECORD_CHARS / 4 + 10;
        for (int i = 0; i < rows; i++) {
            text.append("x;y\n");
        }
        CsvScanner scanner = new CsvScanner(new StringReader(text.toString()), ';');
        assertTrue(scanner.next());
        assertTrue(scanner.damaged());
        assertEquals(1, scanner.line());
        int read = 0;
        while (scanner.next()) {
            assertEquals(2, scanner.fieldCount());
            assertEquals("y", scanner.text(1));
            read++;
        }
        assertEquals(rows, read);
        assertEquals(rows + 1, scanner.linesRead());
    }

    private static List<String> records(CsvScanner scanner) throws IOException {
        List<String> records = new ArrayList<>();
        while (scanner.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < scanner.fieldCount(); i++) {
                fields.add(scanner.text(i));
            }
            records.add(scanner.line() + ":" + (scanner.blank() ? "[]" : fields.toString()));
        }
        return records;
    }

    /** Hands out at most three chars per read, so records and quotes are cut at every position. */
    private static final class Trickle extends Reader {
        private final String text;
        private int pos;

        Trickle(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, 3), text.length() - pos);
            text.getChars(pos, pos + n, buffer, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
