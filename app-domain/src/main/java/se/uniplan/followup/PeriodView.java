package se.uniplan.followup;

/**
 * Which months of the fiscal year a follow-up adds up: one month, the year to date up to a month,
 * or the whole year (actuals so far against the full-year budget and forecast).
 */
public enum PeriodView {
    MONTH,
    YEAR_TO_DATE,
    FULL_YEAR;

    /** The first fiscal month (1-12) the view covers when the user chose {@code month}. */
    public int firstMonth(int month) {
        return this == MONTH ? FiscalCalendar.requireMonth(month) : 1;
    }

    /** The last fiscal month (1-12) the view covers when the user chose {@code month}. */
    public int lastMonth(int month) {
        return this == FULL_YEAR ? FiscalCalendar.MONTHS : FiscalCalendar.requireMonth(month);
    }

    /** True if fiscal month {@code m} lies in the view. */
    public boolean covers(int month, int m) {
        return m >= firstMonth(month) && m <= lastMonth(month);
    }
}
