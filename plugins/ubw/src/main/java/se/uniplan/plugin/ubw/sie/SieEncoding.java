package se.uniplan.plugin.ubw.sie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Which character set a SIE file is really written in. The specification allows only PC8
 * (codepage 437) and every file says {@code #FORMAT PC8}, but files arrive as UTF-8 or
 * ISO-8859-15 all the same, so the label is not believed: the bytes decide.
 *
 * <p>Valid UTF-8 with at least one multibyte sequence is UTF-8. Otherwise the Swedish letters
 * decide between codepage 437 and Latin: å ä ö Å Ä Ö é ü are bytes 86 84 94 8F 8E 99 82 81 in
 * codepage 437 but E5 E4 F6 C5 C4 D6 E9 FC in Latin-1, so whichever set occurs more often wins,
 * codepage 437 on a tie as the specification says. A few stray bytes of the other kind stay
 * garbled and are reported by {@link GarbledText}.
 */
final class SieEncoding {

    static final Charset PC8 = Charset.forName("IBM437");
    static final Charset LATIN = Charset.forName("ISO-8859-15");
    static final Charset WINDOWS = Charset.forName("windows-1252");

    private static final int[] PC8_LETTERS = {0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x90, 0x81, 0x9A};
    private static final int[] LATIN_LETTERS = {0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xC9, 0xFC, 0xDC};

    private SieEncoding() {
    }

    /**
     * The character set IT configured ({@code uniplan.plugin.ubw.sie.encoding}), or empty for "auto".
     *
     * @throws IOException if the configured name is no character set this server knows
     */
    static Charset configured(String name) throws IOException {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("auto")) {
            return null;
        }
        if (trimmed.toUpperCase(Locale.ROOT).equals("PC8")) {
            return PC8;
        }
        try {
            return Charset.forName(trimmed);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IOException("the configured SIE encoding is not a known character set: " + trimmed, e);
        }
    }

    /** Sniffs the character set of a whole file's bytes, read to the end. */
    static Charset sniff(InputStream in) throws IOException {
        Counts counts = new Counts();
        byte[] buffer = new byte[1 << 16];
        int n;
        boolean first = true;
        while ((n = in.read(buffer)) > 0) {
            if (first && n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                    && (buffer[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            first = false;
            for (int i = 0; i < n; i++) {
                counts.add(buffer[i] & 0xFF);
            }
        }
        return counts.decide();
    }

    /** Byte statistics gathered in one pass. */
    private static final class Counts {
        private final long[] histogram = new long[256];
        private boolean validUtf8 = true;
        private int continuationBytesDue;
        private long multibyteSequences;

        void add(int b) {
            histogram[b]++;
            if (continuationBytesDue > 0) {
                if ((b & 0xC0) != 0x80) {
                    validUtf8 = false;
                    continuationBytesDue = 0;
                } else if (--continuationBytesDue == 0) {
                    multibyteSequences++;
                }
            } else if (b >= 0x80) {
                continuationBytesDue = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                        : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
                if (continuationBytesDue == 0) {
                    validUtf8 = false;
                }
            }
        }

        Charset decide() {
            if (validUtf8 && continuationBytesDue == 0 && multibyteSequences > 0) {
                return StandardCharsets.UTF_8;
            }
            long pc8 = sum(PC8_LETTERS);
            long latin = sum(LATIN_LETTERS);
            if (latin <= pc8) {
                return PC8;
            }
            // Latin won. Bytes 80-9F are printable only in windows-1252 (– “ ” €); if they are
            // codepage 437's letters instead, ISO-8859-15 leaves them as control characters so
            // that they are reported as garbled rather than read as punctuation.
            boolean c1 = false;
            for (int b = 0x80; b <= 0x9F; b++) {
                c1 |= histogram[b] > 0;
            }
            return c1 && sum(PC8_LETTERS) == 0 ? WINDOWS : LATIN;
        }

        private long sum(int[] bytes) {
            long total = 0;
            for (int b : bytes) {
                total += histogram[b];
            }
            return total;
        }
    }
}
