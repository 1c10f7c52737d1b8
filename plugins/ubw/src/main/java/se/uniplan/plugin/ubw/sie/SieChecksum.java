package se.uniplan.plugin.ubw.sie;

import java.util.zip.CRC32;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

/**
 * {@code #KSUMMA}, the file's own checksum (specification section 10). An opening {@code #KSUMMA}
 * without a value announces it; every record after it up to the closing {@code #KSUMMA <sum>} is
 * summed with CRC-32 (polynomial EDB88320, preset and inverted: {@link CRC32}). What is summed is
 * each record's label and the content of its fields, in codepage 437: no blanks between fields,
 * no quotes around them (an escaped quote counts as the quote alone), no braces around object lists
 * or around a voucher's lines.
 */
final class SieChecksum {

    private enum State { NONE, SUMMING, DONE }

    private final CRC32 crc = new CRC32();
    private State state = State.NONE;

    /** Takes in every record of the file, in order. */
    void accept(SieRecord record, SieOutput out) {
        if (record.label().equals("#KSUMMA")) {
            ksumma(record, out);
        } else if (state == State.SUMMING) {
            add(record.label());
            for (SieRecord.Field field : record.fields()) {
                if (field.isList()) {
                    field.objects().forEach(this::add);
                } else {
                    add(field.text());
                }
            }
        }
    }

    /** End of file: an announced checksum that never came means the file was cut short. */
    void finish(SieOutput out) {
        if (state == State.SUMMING) {
            out.problem(0, Kind.CHECKSUM_MISMATCH, "no closing #KSUMMA");
        }
    }

    private void ksumma(SieRecord record, SieOutput out) {
        String stated = record.text(0);
        if (stated.isEmpty()) {
            if (state == State.NONE) {
                state = State.SUMMING;
                crc.reset();
            }
            return;
        }
        if (state != State.SUMMING) {
            out.problem(record.line(), Kind.CHECKSUM_MISMATCH, "#KSUMMA " + SieValues.shown(stated)
                    + " without opening #KSUMMA");
            state = State.DONE;
            return;
        }
        state = State.DONE;
        long computed = crc.getValue();
        Long value = parse(stated);
        if (value == null || value != computed) {
            out.problem(record.line(), Kind.CHECKSUM_MISMATCH, "#KSUMMA " + SieValues.shown(stated)
                    + ", content sums to " + computed);
        }
    }

    private void add(String text) {
        crc.update(text.getBytes(SieEncoding.PC8));
    }

    /** The stated sum as an unsigned 32-bit number; some programs print it signed. */
    private static Long parse(String text) {
        try {
            long value = Long.parseLong(text);
            if (value < 0 && value >= Integer.MIN_VALUE) {
                value += 1L << 32;
            }
            return value >= 0 && value <= 0xFFFFFFFFL ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
