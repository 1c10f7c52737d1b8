package se.uniplan.plugin.ubw.bench;

import java.io.IOException;
import java.io.Writer;

/**
 * Formats CSV rows into a char buffer and hands it to a writer in large blocks: ten million
 * rows through {@code String.format} or string concatenation would take longer than the
 * generator's budget of a minute.
 */
final class RowWriter implements AutoCloseable {

    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int length;

    RowWriter(Writer out) {
        this.out = out;
    }

    RowWriter text(String text) throws IOException {
        int n = text.length();
        if (length + n > buffer.length) {
            flush();
        }
        text.getChars(0, n, buffer, length);
        length += n;
        return this;
    }

    RowWriter separator() throws IOException {
        return character(';');
    }

    RowWriter end() throws IOException {
        return character('\n');
    }

    RowWriter character(char c) throws IOException {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = c;
        return this;
    }

    /** A non-negative number. */
    RowWriter number(long value) throws IOException {
        if (length + 20 > buffer.length) {
            flush();
        }
        if (value == 0) {
            buffer[length++] = '0';
            return this;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** Öre as kronor with a '.' and two decimals, '-' for negative. */
    RowWriter amount(long ore) throws IOException {
        if (ore < 0) {
            character('-');
            ore = -ore;
        }
        number(ore / 100);
        long cents = ore % 100;
        return character('.').character((char) ('0' + cents / 10)).character((char) ('0' + cents % 10));
    }

    /** Two digits, zero-padded. */
    RowWriter twoDigits(int value) throws IOException {
        return character((char) ('0' + value / 10)).character((char) ('0' + value % 10));
    }

    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
