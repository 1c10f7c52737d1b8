package se.uniplan.plugin.ubw.csv;

/**
 * Reads an amount in kronor, as UBW and the spreadsheets it passes through write it, into
 * exact öre: {@code 123.45}, {@code -1 234,50}, {@code 1234}. The decimal separator is '.' or
 * ','; spaces (also no-break spaces) may group the thousands; a leading '-' (or U+2212) makes
 * it negative. More than two decimals, a second separator, an exponent or any other character
 * make it unreadable: an amount is never rounded or guessed. No BigDecimal, no String: this
 * runs once per ledger row.
 */
final class Amounts {

    /** What {@link #ore} returns for text that is not an amount. */
    static final long INVALID = Long.MIN_VALUE;

    private static final int MAX_DIGITS = 17;

    private Amounts() {
    }

    /** The amount in {@code chars[from, to)} as öre, or {@link #INVALID}. */
    static long ore(char[] chars, int from, int to) {
        int s = Fields.trimStart(chars, from, to);
        int e = Fields.trimEnd(chars, s, to);
        if (s == e) {
            return INVALID;
        }
        boolean negative = false;
        char first = chars[s];
        if (first == '-' || first == '\u2212') {
            negative = true;
            s++;
        } else if (first == '+') {
            s++;
        }
        long value = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = s; i < e; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    return INVALID;
                }
                value = value * 10 + (c - '0');
                if (decimals >= 0 && ++decimals > 2) {
                    return INVALID;
                }
            } else if (c == '.' || c == ',') {
                if (decimals >= 0 || digits == 0) {
                    return INVALID;
                }
                decimals = 0;
            } else if (isGroupSpace(c) && decimals < 0 && digits > 0 && i + 1 < e && isDigit(chars[i + 1])) {
                continue;
            } else {
                return INVALID;
            }
        }
        if (digits == 0 || decimals == 0) {
            return INVALID;
        }
        if (decimals < 0) {
            value *= 100;
        } else if (decimals == 1) {
            value *= 10;
        }
        return negative ? -value : value;
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
