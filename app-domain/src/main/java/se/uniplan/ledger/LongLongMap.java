package se.uniplan.ledger;

import java.util.Arrays;

/**
 * An open-addressing map from long to long: a load of ten million lines keeps a sum per voucher
 * without a boxed object per entry. Not thread-safe; one per load.
 */
final class LongLongMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int size;

    LongLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code delta} to the value of {@code key} (0 if absent) and returns the new value. */
    long add(long key, long delta) {
        if (key == EMPTY) {
            key = EMPTY + 1;
        }
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            values[slot] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return delta;
        }
        return values[slot] += delta;
    }

    /** The value of {@code key}; if it has none, {@code value} becomes its value and is returned. */
    long putIfAbsent(long key, long value) {
        if (key == EMPTY) {
            key = EMPTY + 1;
        }
        int slot = slot(key);
        if (keys[slot] != EMPTY) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    boolean contains(long key) {
        return keys[slot(key == EMPTY ? EMPTY + 1 : key)] != EMPTY;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** A 64-bit hash of a text (FNV-1a, then mixed): stable across runs and machines. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
