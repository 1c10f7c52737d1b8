package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uniplan.accounting.AccountKind;

/** Rows, totals and the monthly series add up the facts of the months a view covers. */
class RollUpTest {

    private static final FiscalCalendar YEAR = new FiscalCalendar(YearMonth.of(2026, 1));
    private static final Child A = new Child("a", RowKind.ACTIVITY, 1L, "A", "Activity A", Measure.RESULT);
    private static final Child B = new Child("b", RowKind.ACTIVITY, 2L, "B", "Activity B", Measure.RESULT);

    private static Fact fact(String key, AccountKind kind, int month, long amount) {
        return new Fact(null, null, key, kind, month, amount);
    }

    private static RollUp rollUp() {
        return new RollUp(List.of(A, B), f -> "x".equals(f.account()) ? null : f.account(),
                key -> new Child(key, RowKind.UNASSIGNED, null, null, null, Measure.RESULT));
    }

    @Test
    void rowsAddUpTheViewsMonthsAsRevenueMinusCost() {
        RollUp r = rollUp()
                .actuals(List.of(fact("a", AccountKind.REVENUE, 1, 1000), fact("a", AccountKind.COST, 1, 300),
                        fact("a", AccountKind.COST, 2, 400), fact("a", AccountKind.COST, 3, 999)))
                .budget(List.of(fact("a", AccountKind.REVENUE, 1, 1000), fact("a", AccountKind.COST, 2, 500)));
        FollowUpRow ytd = r.rows(PeriodView.YEAR_TO_DATE, 2, VarianceRule.DEFAULT).get(0);
        assertEquals(300, ytd.actual(), "1000 − 300 − 400; March is outside");
        assertEquals(500, ytd.budget());
        assertEquals(-200, ytd.vsBudget().amount());
        assertEquals(Level.ALERT, ytd.vsBudget().level());
        assertNull(ytd.forecast(), "no forecast round, no forecast");
        assertNull(ytd.vsForecast());
        FollowUpRow march = r.rows(PeriodView.MONTH, 3, VarianceRule.DEFAULT).get(0);
        assertEquals(-999, march.actual());
        FollowUpRow year = r.rows(PeriodView.FULL_YEAR, 3, VarianceRule.DEFAULT).get(0);
        assertEquals(1000 - 300 - 400 - 999, year.actual());
    }

    @Test
    void everyChildIsShownInOrderAndAnUnknownKeyGetsARowButAnOutsideFigureIsLeftOut() {
        RollUp r = rollUp().actuals(List.of(fact("b", AccountKind.COST, 1, 10), fact("z", AccountKind.COST, 1, 7),
                fact("x", AccountKind.COST, 1, 1000)));
        List<FollowUpRow> rows = r.rows(PeriodView.YEAR_TO_DATE, 12, VarianceRule.DEFAULT);
        assertEquals(List.of("A", "B"), rows.subList(0, 2).stream().map(FollowUpRow::code).toList());
        assertEquals(0, rows.get(0).actual());
        assertEquals(-10, rows.get(1).actual());
        assertEquals(RowKind.UNASSIGNED, rows.get(2).kind());
        assertEquals(-7, rows.get(2).actual());
        assertEquals(3, rows.size());
        assertEquals(-17, r.totals(PeriodView.YEAR_TO_DATE, 12, VarianceRule.DEFAULT).get(2).actual(),
                "the totals are the rows' sum, without the figure outside the level");
    }

    @Test
    void totalsSplitRevenueCostAndResult() {
        RollUp r = rollUp().actuals(List.of(fact("a", AccountKind.REVENUE, 1, 1000), fact("b", AccountKind.COST, 1, 300)))
                .budget(List.of(fact("a", AccountKind.REVENUE, 1, 900), fact("b", AccountKind.COST, 1, 200)))
                .forecast(List.of(fact("a", AccountKind.REVENUE, 1, 950)));
        Map<Measure, FollowUpRow> totals = new java.util.EnumMap<>(Measure.class);
        r.totals(PeriodView.MONTH, 1, VarianceRule.DEFAULT).forEach(t -> totals.put(t.measure(), t));
        assertEquals(1000, totals.get(Measure.REVENUE).actual());
        assertEquals(300, totals.get(Measure.COST).actual());
        assertEquals(700, totals.get(Measure.RESULT).actual());
        assertEquals(Level.ALERT, totals.get(Measure.COST).vsBudget().level(), "cost 300 against 200");
        assertEquals(Level.OK, totals.get(Measure.REVENUE).vsBudget().level(), "revenue 1000 against 900");
        assertEquals(950, totals.get(Measure.RESULT).forecast());
        assertEquals(-250, totals.get(Measure.RESULT).vsForecast().amount());
    }

    @Test
    void theSeriesAccumulatesAndStopsActualsAfterTheLastBookedMonth() {
        RollUp r = rollUp()
                .actuals(List.of(fact("a", AccountKind.COST, 1, 100), fact("a", AccountKind.COST, 2, 50)))
                .budget(List.of(fact("a", AccountKind.COST, 1, 80), fact("a", AccountKind.COST, 2, 80),
                        fact("a", AccountKind.COST, 12, 80)))
                .forecast(List.of(fact("b", AccountKind.COST, 3, 5)));
        List<MonthPoint> months = r.months(YEAR, Measure.COST, 2);
        assertEquals(12, months.size());
        assertEquals(150L, months.get(1).actualAccumulated());
        assertEquals(50L, months.get(1).actual());
        assertNull(months.get(2).actualAccumulated(), "March is not booked yet");
        assertEquals(160, months.get(10).budgetAccumulated());
        assertEquals(240, months.get(11).budgetAccumulated());
        assertEquals(5L, months.get(11).forecastAccumulated());
        assertEquals(YearMonth.of(2026, 12), months.get(11).calendarMonth());
    }
}
