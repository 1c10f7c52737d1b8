package se.uniplan.followup;

import java.time.YearMonth;

/**
 * One month of the chart's series, in öre of the level's measure: the month's own figures and the
 * figures accumulated from the start of the fiscal year. The actuals are null after the last month
 * the ledger holds; the forecast is null without a forecast round.
 */
public record MonthPoint(int month, YearMonth calendarMonth, Long actual, long budget, Long forecast,
                         Long actualAccumulated, long budgetAccumulated, Long forecastAccumulated) {
}
