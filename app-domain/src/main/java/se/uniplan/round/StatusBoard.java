package se.uniplan.round;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.access.Action;
import se.uniplan.access.Actor;
import se.uniplan.access.CurrentActor;
import se.uniplan.accounting.AccountKind;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.plan.Plan;
import se.uniplan.role.Role;
import se.uniplan.role.RoleAssignment;
import se.uniplan.substitute.Substitution;

/**
 * A round's status board: every department plan the reader may see, how far it has come, whose
 * step is next (with today's substitutes), the step's deadline and whether it is overdue, and
 * the plan's totals. The process administrator sees every department.
 */
@Stateless
public class StatusBoard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private RoundService rounds;

    /**
     * The board of a round, by department code.
     *
     * @param groupId only the departments of this faculty or administration, or null for all
     */
    public List<BoardRow> of(long roundId, Long groupId) {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now();
        PlanningRound round = rounds.get(roundId);
        Map<Long, long[]> totals = totals(round);
        List<RoleAssignment> holders = em.createQuery("SELECT a FROM RoleAssignment a WHERE a.unit IS NOT NULL",
                RoleAssignment.class).getResultList();
        Map<Long, List<String>> substitutes = substitutes(holders, today);
        List<BoardRow> rows = new ArrayList<>();
        for (Plan plan : em.createNamedQuery("Plan.ofRound", Plan.class).setParameter("round", round).getResultList()) {
            OrgUnit department = plan.getDepartment();
            OrgUnit group = department.getParent();
            if (!actor.may(Action.VIEW_FIGURES, department) || (groupId != null && !group.getId().equals(groupId))) {
                continue;
            }
            Role waitingOn = plan.getState().waitingOn().orElse(null);
            List<BoardRow.Waiting> waiting = holders.stream()
                    .filter(a -> a.getRole() == waitingOn && department.isWithin(a.getUnit()))
                    .map(a -> new BoardRow.Waiting(a.getPerson().getFullName(),
                            substitutes.getOrDefault(a.getPerson().getId(), List.of())))
                    .toList();
            LocalDate deadline = plan.getState().deadlineIn(round.getDeadlines()).orElse(null);
            long[] sums = totals.getOrDefault(plan.getId(), new long[2]);
            rows.add(new BoardRow(plan, group, waitingOn, waiting, deadline,
                    round.isOpen() && deadline != null && deadline.isBefore(today), sums[0], sums[1]));
        }
        return rows;
    }

    /** The faculties and administrations that have departments in the round, for the filter. */
    public List<OrgUnit> groups(long roundId) {
        return rounds.plans(roundId).stream().map(p -> p.getDepartment().getParent())
                .filter(u -> u.getKind() != OrgUnitKind.UNIVERSITY).distinct()
                .sorted(java.util.Comparator.comparing(OrgUnit::getCode)).toList();
    }

    /** Revenue and cost per plan of the round, in one query. */
    private Map<Long, long[]> totals(PlanningRound round) {
        Map<Long, long[]> totals = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.planId, a.kind, SUM(c.amount) FROM PlanCell c, Account a, Plan p"
                + " WHERE c.accountId = a.id AND c.planId = p.id AND p.round = :round GROUP BY c.planId, a.kind",
                Object[].class).setParameter("round", round).getResultList()) {
            long[] sums = totals.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[2]);
            sums[row[1] == AccountKind.REVENUE ? 0 : 1] += ((Number) row[2]).longValue();
        }
        return totals;
    }

    private Map<Long, List<String>> substitutes(List<RoleAssignment> holders, LocalDate today) {
        List<Long> people = holders.stream().map(a -> a.getPerson().getId()).distinct().toList();
        Map<Long, List<String>> result = new HashMap<>();
        if (people.isEmpty()) {
            return result;
        }
        for (Substitution s : em.createNamedQuery("Substitution.activeFor", Substitution.class)
                .setParameter("people", people).setParameter("day", today).getResultList()) {
            result.computeIfAbsent(s.getPerson().getId(), k -> new ArrayList<>()).add(s.getSubstitute().getFullName());
        }
        return result;
    }
}
