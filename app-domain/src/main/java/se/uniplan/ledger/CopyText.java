package se.uniplan.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A load's rows in COPY's text format, encoded straight into a growing byte buffer: ten million
 * rows of sixteen columns each, with no string or byte array made per value. Tab between columns,
 * newline after a row; backslash, tab, newline and carriage return escaped; null is {@code \N};
 * text as UTF-8.
 */
final class CopyText {

    private byte[] buffer;
    private int length;

    CopyText(int capacity) {
        buffer = new byte[capacity];
    }

    byte[] array() {
        return buffer;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    private void endRow() {
        put((byte) '\n');
    }

    /** One row of {@code ledger_entry}, columns in the order of {@link EntryRow#COLUMNS}. */
    void row(byte[] loadId, EntryRow row) {
        bytes(loadId);
        tab();
        number(row.rowKey());
        tab();
        number(row.period());
        tab();
        text(row.account());
        tab();
        number(row.unitId());
        tab();
        number(row.activityId());
        tab();
        text(row.costCentre());
        tab();
        text(row.project());
        tab();
        text(row.activityType());
        tab();
        text(row.funder());
        tab();
        text(row.counterpart());
        tab();
        text(row.voucher());
        tab();
        date(row.voucherDate());
        tab();
        number(row.amount());
        tab();
        text(row.text());
        tab();
        number(row.sourceLine());
        tab();
        number(row.account().hashCode());
        endRow();
    }

    /** One row of {@code ledger_total}: load, period, unit, activity, account, {sum, count}. */
    void totalRow(long loadId, LoadingSink.TotalKey key, long[] sumAndCount) {
        number(loadId);
        tab();
        number(key.period());
        tab();
        number(key.unitId());
        tab();
        number(key.activityId());
        tab();
        text(key.account());
        tab();
        number(sumAndCount[0]);
        tab();
        number(sumAndCount[1]);
        endRow();
    }

    private void tab() {
        put((byte) '\t');
    }

    private void number(Long value) {
        if (value == null) {
            nullValue();
        } else {
            number(value.longValue());
        }
    }

    /** A number's digits straight into the buffer: ten million lines, six numbers each, no garbage. */
    private void number(long value) {
        if (value == Long.MIN_VALUE) {
            bytes(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ensure(20);
        if (value < 0) {
            buffer[length++] = '-';
            value = -value;
        }
        int end = length + digitCount(value);
        for (int i = end - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length = end;
    }

    private static int digitCount(long value) {
        int count = 1;
        while (value >= 10) {
            value /= 10;
            count++;
        }
        return count;
    }

    /** ISO date, as COPY reads it; years outside 0–9999 never pass the reader. */
    private void date(LocalDate date) {
        if (date == null || date.getYear() < 0 || date.getYear() > 9999) {
            text(date == null ? null : date.toString());
            return;
        }
        ensure(10);
        fixed(date.getYear(), 4);
        buffer[length++] = '-';
        fixed(date.getMonthValue(), 2);
        buffer[length++] = '-';
        fixed(date.getDayOfMonth(), 2);
    }

    private void fixed(int value, int digits) {
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
    }

    private void nullValue() {
        put((byte) '\\');
        put((byte) 'N');
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped; null is \N. */
    private void text(String value) {
        if (value == null) {
            nullValue();
            return;
        }
        ensure(value.length() * 3); // the most a char becomes: an escape, or UTF-8's three bytes
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '\\') {
                buffer[length++] = (byte) c;
                continue;
            }
            switch (c) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else if (c < 0x800) {
                        put((byte) (0xC0 | (c >> 6)));
                        put((byte) (0x80 | (c & 0x3F)));
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, value.charAt(++i));
                        put((byte) (0xF0 | (cp >> 18)));
                        put((byte) (0x80 | ((cp >> 12) & 0x3F)));
                        put((byte) (0x80 | ((cp >> 6) & 0x3F)));
                        put((byte) (0x80 | (cp & 0x3F)));
                    } else if (Character.isSurrogate(c)) {
                        put((byte) '?'); // half a pair: what String.getBytes writes for it
                    } else {
                        put((byte) (0xE0 | (c >> 12)));
                        put((byte) (0x80 | ((c >> 6) & 0x3F)));
                        put((byte) (0x80 | (c & 0x3F)));
                    }
                }
            }
        }
    }

    private void bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
