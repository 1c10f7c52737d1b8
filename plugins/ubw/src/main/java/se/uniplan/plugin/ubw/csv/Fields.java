package se.uniplan.plugin.ubw.csv;

/** Small helpers over a field's char range that every row reader needs. */
final class Fields {

    private Fields() {
    }

    /** The first position in {@code [from, to)} that is not a space or tab, or {@code to}. */
    static int trimStart(char[] chars, int from, int to) {
        while (from < to && (chars[from] == ' ' || chars[from] == '\t')) {
            from++;
        }
        return from;
    }

    /** The position after the last char in {@code [from, to)} that is not a space or tab, or {@code from}. */
    static int trimEnd(char[] chars, int from, int to) {
        while (to > from && (chars[to - 1] == ' ' || chars[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    /** The period {@code yyyyMM} as an int, or -1 if the text is not six digits. */
    static int period(char[] chars, int from, int to) {
        int s = trimStart(chars, from, to);
        int e = trimEnd(chars, s, to);
        return e - s == 6 ? digits(chars, s, e) : -1;
    }

    /** The text as a non-negative int of at most nine digits, or -1. */
    static int digits(char[] chars, int from, int to) {
        if (from == to || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** True if the range is 1 to 18 ASCII digits: a key the core can store as a 64-bit number. */
    static boolean isRowId(char[] chars, int from, int to) {
        if (from == to || to - from > 18) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (chars[i] < '0' || chars[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** A problem's value: the column's name and the offending text, cut short. */
    static String problemValue(String column, String text) {
        String shown = text.length() > 40 ? text.substring(0, 39) + "…" : text;
        return column + ": " + shown;
    }
}
