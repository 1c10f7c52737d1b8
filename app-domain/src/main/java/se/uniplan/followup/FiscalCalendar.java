package se.uniplan.followup;

import java.time.YearMonth;
import se.uniplan.shared.RuleViolationException;

/**
 * Maps the ledger's periods to the months of a fiscal year. The ledger writes a period as
 * {@code yyyyMM}: a calendar month, or month {@code 00} (the opening period, booked as the first
 * month of the fiscal year that starts in year {@code yyyy}) or {@code 13} (the closing period,
 * booked as the last month of the fiscal year that ends in year {@code yyyy}). A fiscal year need
 * not follow the calendar year.
 *
 * @param start the first month of the fiscal year
 */
public record FiscalCalendar(YearMonth start) {

    public static final int MONTHS = 12;

    /** The fiscal month 1-12 of a ledger period, or 0 if the period lies outside this fiscal year. */
    public int monthOf(int ledgerPeriod) {
        int year = ledgerPeriod / 100;
        int mm = ledgerPeriod % 100;
        if (mm == 0) {
            return year == start.getYear() ? 1 : 0;
        }
        if (mm == 13) {
            return year == end().getYear() ? MONTHS : 0;
        }
        if (mm > 12) {
            return 0;
        }
        long offset = start.until(YearMonth.of(year, mm), java.time.temporal.ChronoUnit.MONTHS);
        return offset >= 0 && offset < MONTHS ? (int) offset + 1 : 0;
    }

    /** The calendar month of fiscal month {@code m}. */
    public YearMonth month(int m) {
        return start.plusMonths(requireMonth(m) - 1L);
    }

    public YearMonth end() {
        return start.plusMonths(MONTHS - 1L);
    }

    /** The lowest ledger period that can belong to this year: its opening period. */
    public int firstLedgerPeriod() {
        return start.getYear() * 100;
    }

    /** The highest ledger period that can belong to this year: its closing period. */
    public int lastLedgerPeriod() {
        return end().getYear() * 100 + 13;
    }

    /** The ledger period of fiscal month {@code m} as a calendar month, e.g. 202603. */
    public int ledgerPeriod(int m) {
        YearMonth ym = month(m);
        return ym.getYear() * 100 + ym.getMonthValue();
    }

    static int requireMonth(int month) {
        if (month < 1 || month > MONTHS) {
            throw new RuleViolationException("error.followup.month", month);
        }
        return month;
    }
}
