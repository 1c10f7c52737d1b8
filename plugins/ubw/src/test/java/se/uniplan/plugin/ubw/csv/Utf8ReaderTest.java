package se.uniplan.plugin.ubw.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

    private static final String[] PIECES = {"a", "Lön ", "Åhléns", ";", "\n", "€", "\uD83D\uDE00", "ÄÖ", "x", "0123", "\u2212"};

    @Test
    void decodesLikeTheJdkWhereverBuffersAndReadsCutTheText() throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int buffer = 8 + random.nextInt(40);
            int chunk = 1 + random.nextInt(7);
            assertEquals(text.toString(), readAll(new Utf8Reader(new Dribble(bytes), buffer), chunk), "round " + round);
        }
    }

    @Test
    void turnsBytesThatAreNotUtf8IntoReplacementChars() throws IOException {
        assertEquals("L\uFFFDn", decode(new byte[] {'L', (byte) 0xF6, 'n'}));
        assertEquals("a\uFFFD\uFFFD", decode(new byte[] {'a', (byte) 0xC0, (byte) 0x80}));
        assertEquals("\uFFFD\uFFFD\uFFFD", decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        assertEquals("ok\uFFFD\uFFFD", decode(new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x82}));
        assertEquals("\uFFFDx", decode(new byte[] {(byte) 0xC3, 'x'}));
    }

    private static String decode(byte[] bytes) throws IOException {
        return readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 64);
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        int n;
        while ((n = reader.read(buffer, 0, chunk)) >= 0) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    /** Gives at most five bytes per read. */
    private static final class Dribble extends InputStream {
        private final byte[] bytes;
        private int pos;

        Dribble(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 5), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
