package se.uniplan.plugin.ubw.sie;

/**
 * A field that does not hold what its record needs: not a number, not a date, missing. Thrown
 * inside the reader only and turned into a {@code MALFORMED_LINE} problem on the record's line;
 * the message is the short, specific value the problem shows (the offending token).
 */
final class SieFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SieFormatException(String value) {
        super(value, null, false, false);
    }
}
