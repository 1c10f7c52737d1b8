package se.uniplan.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.accounting.AccountKind;
import se.uniplan.activity.Activity;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundService;
import se.uniplan.shared.NotFoundException;

/**
 * Totals of plans: the roll-up of a round at any unit of the tree (university → groups →
 * departments → activities), and a department plan's analysis against last year's round and the
 * previous forecast. Sums come from the database in one grouped query per round.
 */
@Stateless
public class PlanFigures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private RoundService rounds;

    /**
     * The round's totals for each unit directly under {@code unitId} (for a department: each
     * activity), compared with last year's round and the previous forecast.
     */
    public List<RollUpRow> rollUp(long roundId, long unitId) {
        PlanningRound round = rounds.get(roundId);
        OrgUnit unit = Optional.ofNullable(em.find(OrgUnit.class, unitId)).orElseThrow(() -> new NotFoundException("OrgUnit", unitId));
        currentActor.get().require(Action.VIEW_FIGURES, unit);
        PlanningRound lastYear = rounds.lastYear(round).orElse(null);
        PlanningRound previous = rounds.previousForecast(round).orElse(null);
        if (unit.getKind() == OrgUnitKind.DEPARTMENT) {
            return byActivity(round, unit, lastYear, previous);
        }
        Map<Long, long[]> now = byDepartment(round);
        Map<Long, long[]> ly = lastYear == null ? null : byDepartment(lastYear);
        Map<Long, long[]> pf = previous == null ? null : byDepartment(previous);
        List<OrgUnit> all = em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultList();
        List<RollUpRow> rows = new ArrayList<>();
        for (OrgUnit child : all) {
            if (child.getParent() == null || !child.getParent().getId().equals(unit.getId())) {
                continue;
            }
            long[] sum = new long[2];
            long[] lySum = new long[2];
            long[] pfSum = new long[2];
            int plans = 0;
            for (OrgUnit department : all) {
                if (department.getKind() == OrgUnitKind.DEPARTMENT && department.isWithin(child)) {
                    if (now.containsKey(department.getId())) {
                        plans++;
                        add(sum, now.get(department.getId()));
                        add(lySum, ly == null ? null : ly.get(department.getId()));
                        add(pfSum, pf == null ? null : pf.get(department.getId()));
                    }
                }
            }
            if (plans > 0) {
                rows.add(new RollUpRow(child.getId(), child.getCode(), child.getName(), plans, sum[0], sum[1],
                        ly == null ? null : lySum[0], ly == null ? null : lySum[1],
                        pf == null ? null : pfSum[0], pf == null ? null : pfSum[1]));
            }
        }
        return rows;
    }

    /** A department plan's totals per activity against last year and the previous forecast. */
    public List<RollUpRow> analysis(long planId) {
        Plan plan = Optional.ofNullable(em.find(Plan.class, planId)).orElseThrow(() -> new NotFoundException("Plan", planId));
        return rollUp(plan.getRound().getId(), plan.getDepartment().getId());
    }

    private List<RollUpRow> byActivity(PlanningRound round, OrgUnit department, PlanningRound lastYear,
                                       PlanningRound previous) {
        Map<Long, long[]> now = activitySums(round, department);
        Map<Long, long[]> ly = lastYear == null ? null : activitySums(lastYear, department);
        Map<Long, long[]> pf = previous == null ? null : activitySums(previous, department);
        List<RollUpRow> rows = new ArrayList<>();
        for (Activity activity : em.createNamedQuery("Activity.ofDepartment", Activity.class)
                .setParameter("department", department).getResultList()) {
            long[] sum = now.getOrDefault(activity.getId(), new long[2]);
            long[] l = ly == null ? null : ly.getOrDefault(activity.getId(), new long[2]);
            long[] p = pf == null ? null : pf.getOrDefault(activity.getId(), new long[2]);
            rows.add(new RollUpRow(activity.getId(), activity.getCode(), activity.getName(), 1, sum[0], sum[1],
                    l == null ? null : l[0], l == null ? null : l[1], p == null ? null : p[0], p == null ? null : p[1]));
        }
        return rows;
    }

    /** Revenue and cost per department of the round. */
    private Map<Long, long[]> byDepartment(PlanningRound round) {
        Map<Long, long[]> sums = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.department.id, a.kind, SUM(c.amount) FROM PlanCell c, Plan p, Account a"
                + " WHERE c.planId = p.id AND c.accountId = a.id AND p.round = :round GROUP BY p.department.id, a.kind",
                Object[].class).setParameter("round", round).getResultList()) {
            addKind(sums.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[2]), row[1], row[2]);
        }
        for (Plan plan : em.createNamedQuery("Plan.ofRound", Plan.class).setParameter("round", round).getResultList()) {
            sums.computeIfAbsent(plan.getDepartment().getId(), k -> new long[2]);
        }
        return sums;
    }

    private Map<Long, long[]> activitySums(PlanningRound round, OrgUnit department) {
        Map<Long, long[]> sums = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.activityId, a.kind, SUM(c.amount) FROM PlanCell c, Plan p, Account a"
                + " WHERE c.planId = p.id AND c.accountId = a.id AND p.round = :round AND p.department = :department"
                + " GROUP BY c.activityId, a.kind", Object[].class)
                .setParameter("round", round).setParameter("department", department).getResultList()) {
            addKind(sums.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[2]), row[1], row[2]);
        }
        return sums;
    }

    private static void addKind(long[] sums, Object kind, Object amount) {
        sums[kind == AccountKind.REVENUE ? 0 : 1] += ((Number) amount).longValue();
    }

    private static void add(long[] target, long[] values) {
        if (values != null) {
            target[0] += values[0];
            target[1] += values[1];
        }
    }
}
