package se.uniplan.plugin.ubw.csv;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the dates UBW writes: {@code yyyy-MM-dd}, {@code yyyyMMdd}, or a datetime
 * {@code yyyy-MM-dd HH:mm:ss[.SSS]} (also with 'T') of which only the date counts. A ledger
 * has few distinct dates and millions of rows, so each reader keeps the dates it has made in a
 * small direct-mapped cache instead of making a LocalDate per row.
 */
final class CsvDates {

    /** What {@link #parse} returns for text that is not a date. */
    static final LocalDate INVALID = LocalDate.MIN;

    private static final int SLOTS = 512;

    private final int[] keys = new int[SLOTS];
    private final LocalDate[] dates = new LocalDate[SLOTS];

    /** The date in {@code chars[from, to)}; null if empty; {@link #INVALID} if not a date. */
    LocalDate parse(char[] chars, int from, int to) {
        int s = Fields.trimStart(chars, from, to);
        int e = Fields.trimEnd(chars, s, to);
        int length = e - s;
        if (length == 0) {
            return null;
        }
        int year;
        int month;
        int day;
        if (length >= 10 && chars[s + 4] == '-' && chars[s + 7] == '-') {
            if (length > 10 && !isTime(chars, s + 10, e)) {
                return INVALID;
            }
            year = Fields.digits(chars, s, s + 4);
            month = Fields.digits(chars, s + 5, s + 7);
            day = Fields.digits(chars, s + 8, s + 10);
        } else if (length == 8) {
            year = Fields.digits(chars, s, s + 4);
            month = Fields.digits(chars, s + 4, s + 6);
            day = Fields.digits(chars, s + 6, s + 8);
        } else {
            return INVALID;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return INVALID;
        }
        int key = year * 10_000 + month * 100 + day;
        int slot = key & (SLOTS - 1);
        if (keys[slot] == key) {
            return dates[slot];
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            keys[slot] = key;
            dates[slot] = date;
            return date;
        } catch (DateTimeException e2) {
            return INVALID;
        }
    }

    /** True for {@code " HH:mm"}, {@code " HH:mm:ss"} or {@code " HH:mm:ss.f…"} (or with 'T'). */
    private static boolean isTime(char[] chars, int s, int e) {
        int length = e - s;
        if ((chars[s] != ' ' && chars[s] != 'T') || length < 6) {
            return false;
        }
        if (Fields.digits(chars, s + 1, s + 3) < 0 || chars[s + 3] != ':' || Fields.digits(chars, s + 4, s + 6) < 0) {
            return false;
        }
        if (length == 6) {
            return true;
        }
        if (length < 9 || chars[s + 6] != ':' || Fields.digits(chars, s + 7, s + 9) < 0) {
            return false;
        }
        if (length == 9) {
            return true;
        }
        return chars[s + 9] == '.' && length > 10 && length <= 19 && Fields.digits(chars, s + 10, e) >= 0;
    }
}
