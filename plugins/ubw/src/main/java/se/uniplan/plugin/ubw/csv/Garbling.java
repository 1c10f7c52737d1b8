package se.uniplan.plugin.ubw.csv;

/**
 * Spots text that was decoded with the wrong character set: U+FFFD where bytes did not decode
 * at all, and the mojibake of UTF-8 read as cp1252 or Latin-1 ({@code Ã¥ Ã¤ Ã¶ Ã… Ã„ Ã–},
 * {@code Ã©}, {@code Â§}): 'Ã' or 'Â' followed by what a UTF-8 continuation byte turns into.
 * Swedish text never has those pairs, so a hit means å/ä/ö were garbled somewhere upstream.
 */
final class Garbling {

    private Garbling() {
    }

    /** The position of the first garbled char in {@code chars[from, to)}, or -1. */
    static int find(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < '\u00C2') {
                continue;
            }
            if (c == '\uFFFD') {
                return i;
            }
            if ((c == '\u00C3' || c == '\u00C2') && i + 1 < to && isContinuation(chars[i + 1])) {
                return i;
            }
        }
        return -1;
    }

    /** A short excerpt around the garbled position, enough to find it and too short to carry a name. */
    static String excerpt(char[] chars, int from, int to, int at) {
        int s = Math.max(from, at - 6);
        int e = Math.min(to, at + 8);
        return (s > from ? "…" : "") + new String(chars, s, e - s) + (e < to ? "…" : "");
    }

    /** What a byte 0x80–0xBF becomes when read as Latin-1 or cp1252. */
    private static boolean isContinuation(char c) {
        if (c >= '\u0080' && c <= '\u00BF') {
            return true;
        }
        return switch (c) {
            case '\u20AC', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030',
                 '\u0160', '\u2039', '\u0152', '\u017D', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022',
                 '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u017E', '\u0178' -> true;
            default -> false;
        };
    }
}
