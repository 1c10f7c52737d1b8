package se.uniplan.plugin.ubw.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8 into chars about four times as fast as {@link java.io.InputStreamReader} does
 * on Swedish ledger text (0.9 s against 4 s for 1.5 GB): the JDK's decoder leaves its ASCII fast
 * path at the first non-ASCII byte of each block and goes on byte by byte, and every row of a
 * ledger has an å/ä/ö in its text. Decoding was then the larger half of reading a nightly export.
 *
 * <p>Bytes that are not well-formed UTF-8 (a stray cp1252 byte, a cut sequence, an encoded
 * surrogate) become U+FFFD, one per offending byte, as the readers expect: they report U+FFFD
 * in text as {@code GARBLED_ENCODING}.
 */
final class Utf8Reader extends Reader {

    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final byte[] bytes;
    private int pos;
    private int limit;
    private boolean eof;
    private char pendingLow;

    Utf8Reader(InputStream in) {
        this(in, 1 << 16);
    }

    Utf8Reader(InputStream in, int bufferSize) {
        this.in = in;
        this.bytes = new byte[Math.max(8, bufferSize)];
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int o = off;
        int end = off + len;
        if (pendingLow != 0) {
            out[o++] = pendingLow;
            pendingLow = 0;
            if (o == end) {
                return 1;
            }
        }
        while (true) {
            if (limit - pos < 4 && !eof) {
                fill();
            }
            if (pos >= limit) {
                return o == off ? -1 : o - off;
            }
            o = decode(out, o, end);
            if (o > off) {
                return o - off;
            }
        }
    }

    /** Decodes from the byte buffer into {@code out[o, end)}; stops early at a sequence cut by the buffer's end. */
    private int decode(char[] out, int o, int end) {
        final byte[] b = bytes;
        final int lim = limit;
        int p = pos;
        while (o < end && p < lim) {
            int c = b[p];
            if (c >= 0) {
                out[o++] = (char) c;
                p++;
                continue;
            }
            c &= 0xFF;
            int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (length == 0) {
                out[o++] = REPLACEMENT;
                p++;
                continue;
            }
            if (p + length > lim) {
                if (!eof) {
                    break;
                }
                out[o++] = REPLACEMENT;
                p++;
                continue;
            }
            int c2 = b[p + 1] & 0xFF;
            if (length == 2) {
                if ((c2 & 0xC0) != 0x80) {
                    out[o++] = REPLACEMENT;
                    p++;
                    continue;
                }
                out[o++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                p += 2;
                continue;
            }
            int c3 = b[p + 2] & 0xFF;
            if (length == 3) {
                if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0)) {
                    out[o++] = REPLACEMENT;
                    p++;
                    continue;
                }
                out[o++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                p += 3;
                continue;
            }
            int c4 = b[p + 3] & 0xFF;
            if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || (c4 & 0xC0) != 0x80
                    || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90)) {
                out[o++] = REPLACEMENT;
                p++;
                continue;
            }
            int codePoint = ((c & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F);
            out[o++] = Character.highSurrogate(codePoint);
            if (o < end) {
                out[o++] = Character.lowSurrogate(codePoint);
            } else {
                pendingLow = Character.lowSurrogate(codePoint);
            }
            p += 4;
        }
        pos = p;
        return o;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(bytes, pos, bytes, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int read = in.read(bytes, limit, bytes.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
