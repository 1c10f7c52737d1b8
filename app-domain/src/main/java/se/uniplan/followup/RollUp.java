package se.uniplan.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Adds up facts into the rows of one level of the tree, their totals and the monthly series, in
 * memory: the database groups the ledger's aggregates and the plans' cells once, and everything
 * the page shows is derived here, so that the rules are tested without a database.
 *
 * <p>Each fact is put into the row its {@code keyOf} names; a key that no given row has gets a row
 * of its own from {@code extra} (so that no figure is silently dropped), and a null key is a figure
 * outside the level, which is left out.
 */
public final class RollUp {

    private static final int ACTUAL = 0;
    private static final int BUDGET = 1;
    private static final int FORECAST = 2;

    private final Map<String, Child> children = new LinkedHashMap<>();
    private final Map<String, Split[][]> sums = new LinkedHashMap<>();
    private final Split[][] level = emptyMonths();
    private final Function<Fact, String> keyOf;
    private final Function<String, Child> extra;
    private boolean hasForecast;

    /**
     * @param children the rows in the order shown; rows without figures are kept
     * @param keyOf    the row a fact belongs to, or null if it lies outside the level
     * @param extra    a row for a key none of {@code children} has
     */
    public RollUp(List<Child> children, Function<Fact, String> keyOf, Function<String, Child> extra) {
        children.forEach(c -> this.children.put(c.key(), c));
        this.keyOf = keyOf;
        this.extra = extra;
    }

    public RollUp actuals(List<Fact> facts) {
        return add(ACTUAL, facts);
    }

    public RollUp budget(List<Fact> facts) {
        return add(BUDGET, facts);
    }

    /** The forecast round's figures; without a call, the rows have no forecast. */
    public RollUp forecast(List<Fact> facts) {
        hasForecast = true;
        return add(FORECAST, facts);
    }

    private RollUp add(int source, List<Fact> facts) {
        for (Fact fact : facts) {
            String key = keyOf.apply(fact);
            if (key == null) {
                continue;
            }
            children.computeIfAbsent(key, extra);
            Split[][] months = sums.computeIfAbsent(key, k -> emptyMonths());
            months[source][fact.month()] = months[source][fact.month()].plus(fact.split());
            level[source][fact.month()] = level[source][fact.month()].plus(fact.split());
        }
        return this;
    }

    /** One row per child over the months the view covers. */
    public List<FollowUpRow> rows(PeriodView view, int month, VarianceRule rule) {
        List<FollowUpRow> rows = new ArrayList<>();
        for (Child child : children.values()) {
            Split[][] months = sums.getOrDefault(child.key(), emptyMonths());
            rows.add(row(child.kind(), child.id(), child.code(), child.name(), child.measure(), months, view, month, rule));
        }
        return rows;
    }

    /** The level's revenue, cost and result over the months the view covers. */
    public List<FollowUpRow> totals(PeriodView view, int month, VarianceRule rule) {
        List<FollowUpRow> totals = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            totals.add(row(RowKind.TOTAL, null, measure.name(), null, measure, level, view, month, rule));
        }
        return totals;
    }

    /**
     * The level's figures month by month and accumulated, in {@code measure}; actuals only up to
     * {@code lastActualMonth} (0: none yet).
     */
    public List<MonthPoint> months(FiscalCalendar calendar, Measure measure, int lastActualMonth) {
        List<MonthPoint> points = new ArrayList<>();
        long actual = 0;
        long budget = 0;
        long forecast = 0;
        for (int m = 1; m <= FiscalCalendar.MONTHS; m++) {
            long a = measure.of(level[ACTUAL][m]);
            long b = measure.of(level[BUDGET][m]);
            long f = measure.of(level[FORECAST][m]);
            actual += a;
            budget += b;
            forecast += f;
            boolean booked = m <= lastActualMonth;
            points.add(new MonthPoint(m, calendar.month(m), booked ? a : null, b, hasForecast ? f : null,
                    booked ? actual : null, budget, hasForecast ? forecast : null));
        }
        return points;
    }

    private FollowUpRow row(RowKind kind, Long id, String code, String name, Measure measure, Split[][] months,
                            PeriodView view, int month, VarianceRule rule) {
        long actual = sum(months[ACTUAL], measure, view, month);
        long budget = sum(months[BUDGET], measure, view, month);
        Long forecast = hasForecast ? sum(months[FORECAST], measure, view, month) : null;
        return new FollowUpRow(kind, id, code, name, measure, actual, budget, forecast,
                rule.of(measure, actual, budget), forecast == null ? null : rule.of(measure, actual, forecast));
    }

    private static long sum(Split[] months, Measure measure, PeriodView view, int month) {
        long total = 0;
        for (int m = view.firstMonth(month); m <= view.lastMonth(month); m++) {
            total += measure.of(months[m]);
        }
        return total;
    }

    private static Split[][] emptyMonths() {
        Split[][] months = new Split[3][FiscalCalendar.MONTHS + 1];
        for (Split[] source : months) {
            java.util.Arrays.fill(source, Split.ZERO);
        }
        return months;
    }
}
