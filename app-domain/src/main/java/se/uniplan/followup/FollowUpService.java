package se.uniplan.followup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.activity.Activity;
import se.uniplan.followup.FollowUpRepository.AccountInfo;
import se.uniplan.followup.FollowUpRepository.Filter;
import se.uniplan.followup.FollowUpRepository.Grain;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundService;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * Follow-up of a fiscal year at one level of the tree: the university's faculties, a faculty's
 * departments, a department's activities, an activity's accounts, or an account's transactions,
 * against the year's budget and newest forecast (see {@link se.uniplan.round.RoundChoice}).
 * Only a reader who may see the unit's figures gets them; anyone else gets
 * {@link AccessDeniedException}.
 *
 * <p>Usage: {@code report("2026", 1L, null, null, PeriodView.YEAR_TO_DATE, 10)} is the university's
 * faculties from January to October 2026; {@code report("2026", 104L, 1014L, "4011", MONTH, 3)} is
 * history's March salaries on its undergraduate education, with the transactions behind them.
 */
@Stateless
public class FollowUpService {

    /** The activity id that stands for "booked on no activity" (Ej kopplat till verksamhet). */
    public static final long UNASSIGNED = 0;
    /** At most this many transactions are returned; the page says how many there are in all. */
    public static final int TRANSACTION_LIMIT = 500;
    static final String WARN_KEY = "uniplan.followup.variance.warn-percent";
    static final String ALERT_KEY = "uniplan.followup.variance.alert-percent";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private RoundService rounds;

    @Inject
    private FollowUpRepository repository;

    /**
     * Reads the university level's actuals of every fiscal year the periods touch, so that the
     * first reader after a load is answered from held figures too. Returns nothing; checks no
     * authority, since it shows nobody anything.
     */
    public void warm(int firstPeriod, int lastPeriod) {
        for (FiscalYear year : rounds.fiscalYears()) {
            FiscalCalendar calendar = new FiscalCalendar(YearMonth.from(year.getStartDate()));
            if (calendar.firstLedgerPeriod() <= lastPeriod && calendar.lastLedgerPeriod() >= firstPeriod) {
                repository.actuals(calendar, FollowUpRepository.Grain.UNIT, FollowUpRepository.Filter.ALL);
            }
        }
    }

    public List<FiscalYear> fiscalYears() {
        return rounds.fiscalYears();
    }

    /** The fiscal year with this label; without one, the year of today, else the newest. */
    public FiscalYear fiscalYear(String label) {
        List<FiscalYear> years = fiscalYears();
        if (label == null || label.isBlank()) {
            LocalDate today = LocalDate.now();
            return years.stream().filter(y -> y.contains(today)).findFirst()
                    .or(() -> years.stream().reduce((a, b) -> b))
                    .orElseThrow(() -> new NotFoundException("FiscalYear", ""));
        }
        return years.stream().filter(y -> y.getLabel().equals(label.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("FiscalYear", label));
    }

    /** The units whose figures the reader may see, in the tree's order (the university first). */
    public List<OrgUnit> units() {
        return em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultStream()
                .filter(u -> currentActor.get().may(Action.VIEW_FIGURES, u))
                .sorted(Comparator.comparing(FollowUpService::treeOrder)).toList();
    }

    /**
     * The follow-up of one level.
     *
     * @param yearLabel  the fiscal year, or null for this year
     * @param unitId     the unit, or null for the highest the reader may see
     * @param activityId an activity of the department {@code unitId}, {@link #UNASSIGNED}, or null
     * @param account    an account number (with a department), to see its transactions; or null
     * @param view       the months to add up; null: year to date
     * @param month      the chosen fiscal month 1-12; null: the last month the ledger holds
     */
    public FollowUpReport report(String yearLabel, Long unitId, Long activityId, String account, PeriodView view,
                                 Integer month) {
        FiscalYear year = fiscalYear(yearLabel);
        FiscalCalendar calendar = new FiscalCalendar(YearMonth.from(year.getStartDate()));
        OrgUnit unit = unitId == null
                ? units().stream().findFirst().orElseThrow(() -> new AccessDeniedException(Action.VIEW_FIGURES.name()))
                : Optional.ofNullable(em.find(OrgUnit.class, unitId)).orElseThrow(() -> new NotFoundException("OrgUnit", unitId));
        currentActor.get().require(Action.VIEW_FIGURES, unit);
        if ((activityId != null || account != null) && unit.getKind() != OrgUnitKind.DEPARTMENT) {
            throw new RuleViolationException("error.followup.departmentOnly", unit.getName());
        }
        List<Integer> booked = repository.bookedMonths(calendar);
        int last = booked.isEmpty() ? 0 : booked.get(booked.size() - 1);
        PeriodView shown = view == null ? PeriodView.YEAR_TO_DATE : view;
        int chosen = month == null ? Math.max(last, 1) : FiscalCalendar.requireMonth(month);
        Optional<PlanningRound> budget = rounds.budgetOf(year.getId());
        Optional<PlanningRound> forecast = rounds.latestForecastOf(year.getId());

        Scope scope = scopeFor(unit, activityId, account);
        RollUp rollUp = scope.rollUp()
                .actuals(repository.actuals(calendar, scope.grain(), scope.filter()))
                .budget(budget.map(r -> repository.plan(r, scope.grain(), scope.filter())).orElse(List.of()));
        forecast.ifPresent(r -> rollUp.forecast(repository.plan(r, scope.grain(), scope.filter())));
        VarianceRule rule = rule();
        List<FollowUpRow> rows = new ArrayList<>(rollUp.rows(shown, chosen, rule));
        if (scope.childKind() == RowKind.ACCOUNT) {
            rows.sort(Comparator.comparing(FollowUpRow::code));
        }
        TransactionPage transactions = account == null ? null
                : repository.transactions(ledgerPeriods(calendar, shown, chosen), account,
                        scope.accountInfo().kind(), scope.filter(), TRANSACTION_LIMIT);
        return new FollowUpReport(year.getLabel(), shown, chosen, last, scope.path(),
                account == null ? scope.childKind() : null, scope.measure(), account == null ? rows : List.of(),
                totals(rollUp.totals(shown, chosen, rule), account == null ? null : scope.measure()),
                rollUp.months(calendar, scope.measure(), last),
                budget.map(PlanningRound::getLabel).orElse(null), forecast.map(PlanningRound::getLabel).orElse(null),
                transactions);
    }

    /** All three totals, or at one account only the one it is (revenue or cost): the others say nothing there. */
    private static List<FollowUpRow> totals(List<FollowUpRow> all, Measure only) {
        return only == null ? all : all.stream().filter(t -> t.measure() == only).toList();
    }

    /** The variance thresholds, read on every call so that a change needs no restart. */
    public VarianceRule rule() {
        var config = ConfigProvider.getConfig();
        return new VarianceRule(config.getOptionalValue(WARN_KEY, BigDecimal.class).orElse(BigDecimal.valueOf(5)),
                config.getOptionalValue(ALERT_KEY, BigDecimal.class).orElse(BigDecimal.valueOf(10)));
    }

    /** The ledger periods of the months a view covers: calendar months, and the opening and closing periods. */
    static List<Integer> ledgerPeriods(FiscalCalendar calendar, PeriodView view, int month) {
        List<Integer> periods = new ArrayList<>();
        for (int m = view.firstMonth(month); m <= view.lastMonth(month); m++) {
            periods.add(calendar.ledgerPeriod(m));
            if (m == 1) {
                periods.add(calendar.firstLedgerPeriod());
            }
            if (m == FiscalCalendar.MONTHS) {
                periods.add(calendar.lastLedgerPeriod());
            }
        }
        return periods;
    }

    private Scope scopeFor(OrgUnit unit, Long activityId, String account) {
        List<PathStep> path = new ArrayList<>();
        for (OrgUnit u : unit.path()) {
            path.add(new PathStep(RowKind.UNIT, u.getId(), null, null, u.getName(),
                    currentActor.get().may(Action.VIEW_FIGURES, u)));
        }
        if (unit.getKind() != OrgUnitKind.DEPARTMENT) {
            return Scope.units(unit, em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultList(), path);
        }
        Map<Long, Activity> activities = em.createNamedQuery("Activity.ofDepartment", Activity.class)
                .setParameter("department", unit).getResultStream()
                .collect(Collectors.toMap(Activity::getId, a -> a, (a, b) -> a, java.util.LinkedHashMap::new));
        if (activityId == null && account == null) {
            return Scope.activities(unit, activities, path);
        }
        if (activityId != null && activityId != UNASSIGNED) {
            Activity activity = Optional.ofNullable(activities.get(activityId))
                    .orElseThrow(() -> new NotFoundException("Activity", activityId));
            path.add(new PathStep(RowKind.ACTIVITY, unit.getId(), activityId, null, activity.getName(), true));
        } else if (activityId != null) {
            path.add(new PathStep(RowKind.UNASSIGNED, unit.getId(), activityId, null, null, true));
        }
        Map<String, AccountInfo> accounts = repository.accounts();
        Filter filter = new Filter(unit.getId(), activityId == null || activityId == UNASSIGNED ? null : activityId,
                activityId != null && activityId == UNASSIGNED);
        if (account == null) {
            return Scope.accounts(filter, accounts, path);
        }
        AccountInfo info = Optional.ofNullable(accounts.get(account.strip()))
                .orElseThrow(() -> new NotFoundException("Account", account));
        path.add(new PathStep(RowKind.ACCOUNT, unit.getId(), activityId, info.number(), info.number() + " " + info.name(), true));
        return Scope.account(filter, info, path);
    }

    private static String treeOrder(OrgUnit unit) {
        return unit.path().stream().map(OrgUnit::getCode).collect(Collectors.joining("/"));
    }
}
