package se.uniplan.plugin.ubw.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides which character set a UBW export is written in. Exports arrive as UTF-8 with or
 * without a byte order mark, as cp1252 from Windows tools, or as UTF-16 from Excel's "Unicode
 * text"; IT can also name the charset ({@code csv.encoding}), which then wins: the file's owner
 * knows best.
 *
 * <p>Sniffing, in order: a byte order mark; UTF-16 without one (ASCII text in UTF-16 has a zero
 * byte in every other position); valid UTF-8; else windows-1252. Valid UTF-8 is judged on the
 * bytes up to the first {@value #ENOUGH_SEQUENCES} multi-byte sequences, read at most
 * {@value #MAX_SNIFF_BYTES} bytes into the file: a file that is plain ASCII that far and
 * cp1252 later is read as UTF-8, and its later å/ä/ö turn into U+FFFD, which the readers
 * report as {@code GARBLED_ENCODING}, so the file is refused rather than loaded wrongly.
 */
final class CsvEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int ENOUGH_SEQUENCES = 256;
    static final int MAX_SNIFF_BYTES = 16 << 20;

    private CsvEncoding() {
    }

    /** The charset to read the file with: the configured one, or sniffed when configured "auto". */
    static Charset of(String configured, Path file, byte[] head) throws IOException {
        Charset bomOrWide = configured(configured);
        if (bomOrWide != null) {
            return bomOrWide;
        }
        bomOrWide = byteOrder(head);
        if (bomOrWide != null) {
            return bomOrWide;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return utf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
    }

    /** The charset judged on the head alone, for {@code canRead}. */
    static Charset ofHead(String configured, byte[] head) {
        Charset charset = configured(configured);
        if (charset == null) {
            charset = byteOrder(head);
        }
        if (charset == null) {
            Utf8Check check = new Utf8Check();
            check.feed(head, 0, head.length);
            charset = check.valid ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return charset;
    }

    /** The named charset, or null for "auto"; an unknown name is a configuration error. */
    private static Charset configured(String configured) {
        if (configured == null || configured.isBlank() || configured.trim().toLowerCase(Locale.ROOT).equals("auto")) {
            return null;
        }
        return Charset.forName(configured.trim());
    }

    /** UTF-8 or UTF-16 by their byte order mark, or UTF-16 by its zero bytes; else null. */
    static Charset byteOrder(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int pairs = head.length / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            if (head[i] == 0) {
                zeroEven++;
            }
            if (head[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean utf8(InputStream in) throws IOException {
        Utf8Check check = new Utf8Check();
        byte[] chunk = new byte[1 << 16];
        long seen = 0;
        int read;
        while (check.valid && check.sequences < ENOUGH_SEQUENCES && seen < MAX_SNIFF_BYTES
                && (read = in.read(chunk)) > 0) {
            check.feed(chunk, 0, read);
            seen += read;
        }
        return check.valid;
    }

    /** A UTF-8 validator that can be fed in chunks; a sequence cut at the end of the last chunk counts as valid. */
    static final class Utf8Check {
        boolean valid = true;
        int sequences;
        private int pending;

        void feed(byte[] bytes, int from, int to) {
            for (int i = from; i < to && valid; i++) {
                int b = bytes[i] & 0xFF;
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        valid = false;
                    }
                    pending--;
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        valid = false;
                    }
                    sequences++;
                }
            }
        }
    }
}
