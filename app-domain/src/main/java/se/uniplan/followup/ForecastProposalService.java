package se.uniplan.followup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.followup.FollowUpRepository.AccountInfo;
import se.uniplan.followup.FollowUpRepository.Filter;
import se.uniplan.followup.FollowUpRepository.Grain;
import se.uniplan.plan.ChangePath;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanService;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundKind;
import se.uniplan.round.RoundService;
import se.uniplan.shared.RuleViolationException;

/**
 * Starts a department's forecast plan from actuals to date plus the budget for the remaining
 * months ({@link ForecastProposal}). It writes through {@link PlanService#writeCellsSkippingInactive},
 * so it meets the same lock, authority check and audit as a copy from another round.
 */
@Stateless
public class ForecastProposalService {

    @Inject
    private PlanService plans;

    @Inject
    private RoundService rounds;

    @Inject
    private FollowUpRepository repository;

    /** What the proposal did: figures changed, the last month of actuals used, and öre left out. */
    public record Result(int changed, int lastActualMonth, YearMonth lastActualCalendarMonth, long notPlaced) {
    }

    /**
     * Replaces the figures of a forecast plan with actuals to date and the budget for the rest.
     *
     * @throws RuleViolationException if the plan is no forecast, the year has no budget, or the
     *                                plan is locked
     */
    public Result propose(long planId) {
        Plan plan = plans.view(planId);
        PlanningRound round = plan.getRound();
        if (round.getKind() != RoundKind.FORECAST) {
            throw new RuleViolationException("error.followup.proposalNotForecast", round.getLabel());
        }
        FiscalYear year = round.getFiscalYear();
        PlanningRound budget = rounds.budgetOf(year.getId())
                .orElseThrow(() -> new RuleViolationException("error.followup.noBudget", year.getLabel()));
        FiscalCalendar calendar = new FiscalCalendar(YearMonth.from(year.getStartDate()));
        List<Integer> booked = repository.bookedMonths(calendar);
        int last = booked.isEmpty() ? 0 : booked.get(booked.size() - 1);
        Filter department = new Filter(plan.getDepartment().getId(), null, false);
        Map<String, Long> accountIds = new HashMap<>();
        for (AccountInfo account : repository.accounts().values()) {
            if (account.id() != null) {
                accountIds.put(account.number(), account.id());
            }
        }
        ForecastProposal proposal = ForecastProposal.merge(plans.cells(planId),
                repository.actuals(calendar, Grain.ACTIVITY_ACCOUNT, department),
                repository.plan(budget, Grain.ACTIVITY_ACCOUNT, department), last, accountIds);
        int changed = plans.writeCellsSkippingInactive(planId, proposal.changes(), ChangePath.COPY).size();
        return new Result(changed, last, last == 0 ? null : calendar.month(last), proposal.notPlaced());
    }
}
