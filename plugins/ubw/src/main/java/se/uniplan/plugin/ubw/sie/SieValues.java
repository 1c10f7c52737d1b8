package se.uniplan.plugin.ubw.sie;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The value syntax of SIE fields: amounts, dates ({@code ÅÅÅÅMMDD}), periods ({@code ÅÅÅÅMM}) and
 * year numbers. Amounts become whole öre without passing through a floating-point number, so that
 * what the file says is exactly what is loaded.
 */
final class SieValues {

    /** Longest tokens shown in a problem, so that a report stays readable. */
    static final int MAX_SHOWN = 40;

    /** 16 digits of kronor keep öre well inside a long. */
    private static final int MAX_INTEGER_DIGITS = 16;

    private SieValues() {
    }

    /**
     * An amount in öre. The specification writes a point and at most two decimals, a leading minus
     * and no plus; a single decimal comma is tolerated because some programs write one.
     *
     * @throws SieFormatException if the text is not such an amount
     */
    static long amount(String text) {
        if (text == null || text.isEmpty()) {
            throw new SieFormatException("missing amount");
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        long kronor = 0;
        int integerDigits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            kronor = kronor * 10 + (text.charAt(i++) - '0');
            if (++integerDigits > MAX_INTEGER_DIGITS) {
                throw new SieFormatException("amount " + shown(text));
            }
        }
        long ore = 0;
        int decimals = 0;
        if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                ore = ore * 10 + (text.charAt(i++) - '0');
                decimals++;
            }
            if (decimals == 0) {
                throw new SieFormatException("amount " + shown(text));
            }
        }
        if (integerDigits == 0 || i != text.length() || decimals > 2) {
            throw new SieFormatException("amount " + shown(text));
        }
        long value = kronor * 100 + (decimals == 1 ? ore * 10 : ore);
        return text.charAt(0) == '-' ? -value : value;
    }

    /**
     * A date written {@code ÅÅÅÅMMDD}.
     *
     * @throws SieFormatException if it is not a real date in that form
     */
    static LocalDate date(String text) {
        if (text == null || text.length() != 8 || !allDigits(text)) {
            throw new SieFormatException("date " + shown(text));
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new SieFormatException("date " + text);
        }
    }

    /** A date that may be left out: null for an empty field. */
    static LocalDate optionalDate(String text) {
        return text == null || text.isEmpty() ? null : date(text);
    }

    /**
     * A period written {@code ÅÅÅÅMM} (calendar year and month), as the integer {@code yyyyMM}.
     *
     * @throws SieFormatException if it is not such a period
     */
    static int period(String text) {
        if (text == null || text.length() != 6 || !allDigits(text)) {
            throw new SieFormatException("period " + shown(text));
        }
        int period = Integer.parseInt(text);
        int month = period % 100;
        if (month < 1 || month > 12) {
            throw new SieFormatException("period " + text);
        }
        return period;
    }

    /** The period {@code yyyyMM} a date falls in. */
    static int period(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    /**
     * A year number as {@code #RAR} and the balances write it: 0 for the current year, -1 for the
     * previous and so on.
     */
    static int yearIndex(String text) {
        if (text == null || text.isEmpty() || text.length() > 4) {
            throw new SieFormatException("year " + shown(text));
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length() || !allDigits(text.substring(start))) {
            throw new SieFormatException("year " + text);
        }
        return Integer.parseInt(text);
    }

    /** The text as a date in the file's own form, for problem values. */
    static String sieDate(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A token cut to a length that a report can show. */
    static String shown(String text) {
        if (text == null || text.isEmpty()) {
            return "(empty)";
        }
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
