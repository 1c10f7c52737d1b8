package se.uniplan.plugin.ubw.csv;

import java.util.Arrays;

/**
 * Hands out one String per distinct short token (an account, a cost centre, a project) instead
 * of a new one per row: a ledger repeats a few thousand codes across millions of rows, and the
 * core keeps what it is given. Direct-mapped and bounded, so a column with many distinct values
 * only costs a miss; never {@code String.intern}, whose table outlives the read. Each slot keeps
 * its token's chars too, so a hit is a compare of two char arrays.
 */
final class TokenCache {

    private final String[] strings;
    private final char[][] keys;
    private final int maxLength;

    TokenCache(int size, int maxLength) {
        int slots = Integer.highestOneBit(Math.max(16, size));
        this.strings = new String[slots];
        this.keys = new char[slots][];
        this.maxLength = maxLength;
    }

    /** The text of {@code chars[from, to)}. */
    String get(char[] chars, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > maxLength) {
            return new String(chars, from, length);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 15)) & (strings.length - 1);
        char[] key = keys[slot];
        if (key != null && same(key, chars, from, length)) {
            return strings[slot];
        }
        String made = new String(chars, from, length);
        keys[slot] = Arrays.copyOfRange(chars, from, to);
        strings[slot] = made;
        return made;
    }

    /** A plain loop: for tokens this short it beats {@code Arrays.equals}, whose set-up costs more than the compare. */
    private static boolean same(char[] key, char[] chars, int from, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
