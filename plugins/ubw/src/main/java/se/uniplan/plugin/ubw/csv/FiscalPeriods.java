package se.uniplan.plugin.ubw.csv;

/**
 * Whether a ledger row's period lies in the fiscal year it claims. UBW numbers periods
 * {@code yyyyMM} by calendar month, plus month 00 (opening) and 13 (closing adjustments),
 * which belong to the fiscal year with the same year number.
 *
 * <p>A fiscal year that starts in month {@code s} other than January (a broken year) is named
 * after the calendar year it starts in: with a July start, fiscal year 2026 runs from period
 * 202607 to 202706, and 202600 and 202613 belong to it too. A row without a fiscal year is only
 * checked for a month from 00 to 13.
 */
final class FiscalPeriods {

    private final int startMonth;

    FiscalPeriods(int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month " + startMonth);
        }
        this.startMonth = startMonth;
    }

    /** True if {@code period} ({@code yyyyMM}) lies in {@code fiscalYear}; a negative fiscal year means none stated. */
    boolean contains(int period, int fiscalYear) {
        int year = period / 100;
        int month = period % 100;
        if (month > 13) {
            return false;
        }
        if (fiscalYear < 0) {
            return true;
        }
        if (month == 0 || month == 13 || startMonth == 1) {
            return year == fiscalYear;
        }
        return year == fiscalYear ? month >= startMonth : year == fiscalYear + 1 && month < startMonth;
    }

    /** The problem's value: the period and the fiscal year's span. */
    String describe(int period, int fiscalYear) {
        if (fiscalYear < 0) {
            return "period: " + period;
        }
        int first = fiscalYear * 100 + startMonth;
        int last = startMonth == 1 ? fiscalYear * 100 + 12 : (fiscalYear + 1) * 100 + startMonth - 1;
        return "period: " + period + ", fiscal year " + fiscalYear + ": " + first + "–" + last;
    }
}
