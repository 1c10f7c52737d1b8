package se.uniplan.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundService;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * The economist's tools that write many figures at once: spreading a year total over the months
 * and starting from a copy of another round. Both go through {@link PlanService#writeCells}, so
 * they meet the same lock, authority check and audit as a typed figure.
 */
@Stateless
public class PlanEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanService plans;

    @Inject
    private RoundService rounds;

    /**
     * Spreads {@code yearTotal} over the row's twelve months.
     *
     * @param weights the twelve weights for {@link SpreadingKey.Kind#CUSTOM}; ignored otherwise
     * @return the cells written
     */
    public List<CellValue> spread(long planId, long activityId, long accountId, long yearTotal,
                                  SpreadingKey.Kind kind, BigDecimal[] weights) {
        Plan plan = plans.view(planId);
        SpreadingKey key = switch (kind) {
            case EVEN -> SpreadingKey.even();
            case CUSTOM -> SpreadingKey.custom(weights == null ? new BigDecimal[0] : weights);
            case LIKE_LAST_YEAR -> SpreadingKey.like(lastYearRow(plan, activityId, accountId));
        };
        long[] months = key.spread(yearTotal);
        List<CellChange> changes = new ArrayList<>();
        for (int period = 1; period <= CellKey.PERIODS; period++) {
            changes.add(new CellChange(activityId, accountId, period, null, months[period - 1]));
        }
        return plans.writeCells(planId, changes, ChangePath.SPREAD);
    }

    /**
     * Replaces the plan's figures with those of the same department in another round: every
     * figure of the source is written, and every figure the source lacks is set to zero.
     *
     * @return the number of cells that changed
     */
    public int copyFrom(long planId, long sourceRoundId) {
        Plan plan = plans.view(planId);
        PlanningRound source = rounds.get(sourceRoundId);
        if (source.getId().equals(plan.getRound().getId())) {
            throw new RuleViolationException("error.plan.copyFromItself");
        }
        Plan sourcePlan = em.createNamedQuery("Plan.byRoundAndDepartment", Plan.class)
                .setParameter("round", source).setParameter("department", plan.getDepartment())
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("error.plan.noSourcePlan", source.getLabel(),
                        plan.getDepartment().getCode()));
        plans.view(sourcePlan.getId());
        Map<String, CellChange> changes = new HashMap<>();
        for (CellValue cell : plans.cells(planId)) {
            changes.put(key(cell), new CellChange(cell.activityId(), cell.accountId(), cell.period(), null, 0));
        }
        for (CellValue cell : plans.cells(sourcePlan.getId())) {
            changes.put(key(cell), new CellChange(cell.activityId(), cell.accountId(), cell.period(), null, cell.amount()));
        }
        return plans.writeCellsSkippingInactive(planId, new ArrayList<>(changes.values()), ChangePath.COPY).size();
    }

    private long[] lastYearRow(Plan plan, long activityId, long accountId) {
        PlanningRound lastYear = rounds.lastYear(plan.getRound())
                .orElseThrow(() -> new RuleViolationException("error.spread.noLastYear", plan.getRound().getLabel()));
        Plan reference = em.createNamedQuery("Plan.byRoundAndDepartment", Plan.class)
                .setParameter("round", lastYear).setParameter("department", plan.getDepartment())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Plan", lastYear.getLabel() + " " + plan.getDepartment().getCode()));
        long[] row = new long[CellKey.PERIODS];
        for (CellValue cell : plans.cells(reference.getId())) {
            if (cell.activityId() == activityId && cell.accountId() == accountId) {
                row[cell.period() - 1] = cell.amount();
            }
        }
        return row;
    }

    private static String key(CellValue cell) {
        return cell.activityId() + "/" + cell.accountId() + "/" + cell.period();
    }
}
