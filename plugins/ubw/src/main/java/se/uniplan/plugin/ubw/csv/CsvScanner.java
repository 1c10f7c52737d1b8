package se.uniplan.plugin.ubw.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into RFC 4180 records without copying a field: each field is a range of
 * the scanner's own char buffer, valid until the next call of {@link #next()}. A nightly UBW
 * export has millions of rows, so this is the loop the whole read spends its time in: one pass
 * over each char, no regex, no {@code String.split}, no String unless the caller asks for one.
 *
 * <p>Quoted fields may hold the delimiter, line breaks and doubled quotes ({@code ""}); a quoted
 * field's range excludes its outer quotes and {@link #text(int)} undoubles its quotes. The
 * buffer grows to hold one record of up to {@value #MAX_RECORD_CHARS} chars. A longer record is
 * almost always an unterminated quote, which would otherwise swallow the rest of the file: the
 * scanner then rereads that record with quotes taken literally, so it ends at its own line
 * break, and marks it {@link #damaged()}.
 */
final class CsvScanner {

    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final char delimiter;
    private char[] buf;
    private int limit;
    private int pos;
    private boolean eof;
    private boolean first = true;

    private long nextLine = 1;
    private long recordLine;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    private boolean damaged;

    CsvScanner(Reader in, char delimiter) {
        this(in, delimiter, 1 << 16);
    }

    CsvScanner(Reader in, char delimiter, int bufferSize) {
        this.in = in;
        this.delimiter = delimiter;
        this.buf = new char[Math.max(16, bufferSize)];
    }

    /** Moves to the next record; false at the end of the input. A leading byte order mark is skipped. */
    boolean next() throws IOException {
        boolean literal = false;
        while (true) {
            if (pos >= limit) {
                if (eof) {
                    return false;
                }
                pos = 0;
                limit = 0;
                fill();
                continue;
            }
            if (first) {
                first = false;
                if (buf[pos] == '\uFEFF') {
                    pos++;
                    continue;
                }
            }
            int end = scan(pos, literal, eof);
            if (end >= 0) {
                pos = end;
                damaged |= literal;
                return true;
            }
            if (!makeRoom()) {
                if (!literal) {
                    literal = true;
                    continue;
                }
                pos = scan(pos, true, true);
                damaged = true;
                return true;
            }
            fill();
        }
    }

    /** The number of fields of the current record. */
    int fieldCount() {
        return count;
    }

    /** The buffer that the current record's field ranges point into; it may change with {@link #next()}. */
    char[] chars() {
        return buf;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** True if the field was quoted and holds doubled quotes, so its raw range is not its text. */
    boolean escaped(int field) {
        return escaped[field];
    }

    /** The field's text as written, with a quoted field's doubled quotes undoubled. */
    String text(int field) {
        int s = starts[field];
        int e = ends[field];
        if (!escaped[field]) {
            return new String(buf, s, e - s);
        }
        StringBuilder out = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            out.append(buf[i]);
            if (buf[i] == '"') {
                i++;
            }
        }
        return out.toString();
    }

    /** The physical line (1-based) the current record starts on. */
    long line() {
        return recordLine;
    }

    /** Physical lines consumed so far, the current record's included. */
    long linesRead() {
        return nextLine - 1;
    }

    /** True if the record has text after a closing quote, or no closing quote at all. */
    boolean damaged() {
        return damaged;
    }

    /** True if the record is an empty line. */
    boolean blank() {
        return count == 1 && starts[0] == ends[0] && !damaged;
    }

    /**
     * Scans one record from {@code p}. Returns the position after it, or -1 if the buffer ends
     * before the record does and more input may follow ({@code atEnd} false).
     */
    private int scan(int p, boolean literal, boolean atEnd) {
        final char[] b = buf;
        final int lim = limit;
        final char d = delimiter;
        int n = 0;
        long lines = 0;
        boolean bad = false;
        while (true) {
            int s;
            int e;
            boolean esc = false;
            if (!literal && p < lim && b[p] == '"') {
                s = ++p;
                while (true) {
                    if (p >= lim) {
                        if (!atEnd) {
                            return -1;
                        }
                        e = p;
                        bad = true;
                        break;
                    }
                    char c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !atEnd) {
                            return -1;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        e = p++;
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    }
                    p++;
                }
                while (p < lim) {
                    char c = b[p];
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    bad = true;
                    p++;
                }
            } else {
                s = p;
                while (p < lim) {
                    char c = b[p];
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                e = p;
            }
            if (p >= lim && !atEnd) {
                return -1;
            }
            if (n == starts.length) {
                grow();
            }
            starts[n] = s;
            ends[n] = e;
            escaped[n] = esc;
            n++;
            if (p >= lim) {
                lines++;
                break;
            }
            char c = b[p++];
            if (c == d) {
                continue;
            }
            if (c == '\r') {
                if (p >= lim) {
                    if (!atEnd) {
                        return -1;
                    }
                } else if (b[p] == '\n') {
                    p++;
                }
            }
            lines++;
            break;
        }
        count = n;
        damaged = bad;
        recordLine = nextLine;
        nextLine += lines;
        return p;
    }

    /** Moves the current record to the buffer's start, or grows the buffer; false if the record is too long. */
    private boolean makeRoom() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
            return true;
        }
        if (limit < buf.length) {
            return true;
        }
        if (buf.length >= MAX_RECORD_CHARS) {
            return false;
        }
        buf = Arrays.copyOf(buf, Math.min(MAX_RECORD_CHARS, buf.length * 2));
        return true;
    }

    private void fill() throws IOException {
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    private void grow() {
        int size = starts.length * 2;
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        escaped = Arrays.copyOf(escaped, size);
    }
}
