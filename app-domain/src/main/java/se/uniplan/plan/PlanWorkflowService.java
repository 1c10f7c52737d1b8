package se.uniplan.plan;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.access.Actor;
import se.uniplan.access.CurrentActor;
import se.uniplan.accounting.AccountKind;
import se.uniplan.audit.AuditTrail;
import se.uniplan.org.OrgUnit;
import se.uniplan.round.PlanningRound;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * Moves plans along the approval chain ({@link PlanWorkflow}), records each step as a
 * {@link PlanEvent} and in the audit trail, stores a snapshot at every approval, and tells
 * observers ({@link PlanStepTaken}). Also answers "what is waiting for me?".
 */
@Stateless
public class PlanWorkflowService {

    static final String PLAN_AUDIT_TYPE = "Plan";

    /** The step each state waits for, in the order of the chain. */
    private static final Map<PlanState, PlanAction> NEXT_STEP = Map.of(
            PlanState.DRAFT, PlanAction.REGISTER,
            PlanState.REGISTERED, PlanAction.APPROVE_1,
            PlanState.APPROVED_1, PlanAction.APPROVE_2,
            PlanState.APPROVED_2, PlanAction.APPROVE_FINAL);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PlanStepTaken> steps;

    @Inject
    private PlanService plans;

    /**
     * Takes one step on one plan.
     *
     * @param expectedVersion the plan's version as the user saw it
     * @param comment         required for a send-back or a reopen
     */
    public Plan take(long planId, long expectedVersion, PlanAction action, String comment) {
        if (action == PlanAction.EDIT) {
            throw new IllegalArgumentException("EDIT is not a step; write cells through PlanService");
        }
        if (action == PlanAction.APPROVE_FINAL) {
            throw new RuleViolationException("error.plan.finalIsForTheRound");
        }
        Plan plan = lock(planId);
        Actor actor = currentActor.get();
        actor.require(Action.VIEW_FIGURES, plan.getDepartment());
        plan.requireVersion(expectedVersion, plan.label());
        step(plan, action, comment, actor);
        if (action == PlanAction.REOPEN && plan.getState() == PlanState.APPROVED_2) {
            plan.getRound().withdrawFinalApproval();
        }
        return plan;
    }

    /**
     * Approves several plans at once, each at the level it waits for (1 or 2), all or nothing:
     * the dean's bulk approval. Any refusal, such as a plan someone changed meanwhile, leaves every
     * plan as it was.
     *
     * @param expectedVersions plan id → the version the user saw
     */
    public List<Plan> approveAll(Map<Long, Long> expectedVersions) {
        List<Plan> done = new ArrayList<>();
        for (Long id : expectedVersions.keySet().stream().sorted().toList()) {
            Plan plan = lock(id);
            PlanAction step = NEXT_STEP.get(plan.getState());
            if (step != PlanAction.APPROVE_1 && step != PlanAction.APPROVE_2) {
                throw new RuleViolationException("error.plan.notApprovable", plan.label(), plan.getState());
            }
            done.add(take(id, expectedVersions.get(id), step, null));
        }
        return done;
    }

    /**
     * The university level's approval of the whole round, after the board's decision is recorded:
     * every plan must have reached level 2, and all move to final together.
     */
    public PlanningRound approveRound(long roundId, long expectedRoundVersion) {
        PlanningRound round = Optional.ofNullable(em.find(PlanningRound.class, roundId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("PlanningRound", roundId));
        round.requireVersion(expectedRoundVersion, round.getLabel());
        List<Plan> plans = em.createNamedQuery("Plan.ofRound", Plan.class).setParameter("round", round).getResultList();
        if (plans.isEmpty()) {
            throw new RuleViolationException("error.round.noPlans", round.getLabel());
        }
        Actor actor = currentActor.get();
        actor.require(Action.APPROVE_FINAL, PlanAuthority.university(plans.get(0).getDepartment()));
        long waiting = plans.stream().filter(p -> p.getState() != PlanState.APPROVED_2).count();
        if (waiting > 0) {
            throw new RuleViolationException("error.round.notAllAtLevel2", round.getLabel(), waiting);
        }
        round.markFinallyApproved(currentActor.username());
        for (Plan plan : plans) {
            em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
            step(plan, PlanAction.APPROVE_FINAL, null, actor);
        }
        audit.record("PlanningRound", round.getId(), round.getLabel(), "APPROVE_FINAL", null,
                round.getBoardDecisionDate() + " " + round.getBoardDecisionReference());
        return round;
    }

    private void step(Plan plan, PlanAction action, String comment, Actor actor) {
        Set<Action> authorities = PlanAuthority.of(actor, plan);
        PlanState from = plan.apply(action, authorities, comment, currentActor.username());
        String onBehalfOf = onBehalfOf(actor, plan, from, action);
        em.persist(new PlanEvent(plan.getId(), action, from, plan.getState(), currentActor.username(), onBehalfOf, comment));
        audit.record(PLAN_AUDIT_TYPE, plan.getId(), plan.label(), action.name(), from, plan.getState()
                + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        if (action.isApproval()) {
            snapshot(plan);
        }
        em.flush();
        steps.fire(new PlanStepTaken(plan.getId(), plan.label(), action, from, plan.getState(),
                currentActor.username(), onBehalfOf, comment));
    }

    private static String onBehalfOf(Actor actor, Plan plan, PlanState from, PlanAction action) {
        String behalf = null;
        for (Action needed : PlanWorkflow.requiredAuthority(from, action)) {
            OrgUnit unit = PlanAuthority.unitFor(needed, plan);
            if (actor.may(needed, unit)) {
                String via = PlanAuthority.onBehalfOf(actor, needed, unit);
                if (via == null) {
                    return null;
                }
                behalf = via;
            }
        }
        return behalf;
    }

    private void snapshot(Plan plan) {
        long revenue = 0;
        long cost = 0;
        for (Object[] row : em.createQuery("SELECT a.kind, SUM(c.amount) FROM PlanCell c, Account a"
                + " WHERE c.accountId = a.id AND c.planId = :plan GROUP BY a.kind", Object[].class)
                .setParameter("plan", plan.getId()).getResultList()) {
            long sum = ((Number) row[1]).longValue();
            if (row[0] == AccountKind.REVENUE) {
                revenue += sum;
            } else {
                cost += sum;
            }
        }
        PlanSnapshot snapshot = new PlanSnapshot(plan.getId(), plan.getState(), currentActor.username(), revenue, cost);
        em.persist(snapshot);
        em.flush();
        em.createNativeQuery("INSERT INTO plan_snapshot_cell (snapshot_id, activity_id, account_id, period, amount)"
                        + " SELECT ?, activity_id, account_id, period, amount FROM plan_cell WHERE plan_id = ?")
                .setParameter(1, snapshot.getId()).setParameter(2, plan.getId()).executeUpdate();
    }

    /** The plan's approval chain so far, newest first. */
    public List<PlanEvent> events(long planId) {
        viewable(planId);
        return em.createNamedQuery("PlanEvent.ofPlan", PlanEvent.class).setParameter("plan", planId).getResultList();
    }

    /** The approvals' snapshots, newest first. */
    public List<PlanSnapshot> snapshots(long planId) {
        viewable(planId);
        return em.createNamedQuery("PlanSnapshot.ofPlan", PlanSnapshot.class).setParameter("plan", planId).getResultList();
    }

    /** The figures a snapshot holds. */
    public List<CellValue> snapshotCells(long planId, long snapshotId) {
        viewable(planId);
        PlanSnapshot snapshot = em.find(PlanSnapshot.class, snapshotId);
        if (snapshot == null || snapshot.getPlanId() != planId) {
            throw new NotFoundException("PlanSnapshot", snapshotId);
        }
        List<CellValue> cells = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT activity_id, account_id, period, amount FROM plan_snapshot_cell"
                + " WHERE snapshot_id = ?").setParameter(1, snapshotId).getResultList()) {
            Object[] r = (Object[]) row;
            cells.add(new CellValue(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(), ((Number) r[3]).longValue()));
        }
        return cells;
    }

    /**
     * Where the plan now differs from what was approved in {@code snapshotId}, cell by cell, in
     * activity, account and month order.
     */
    public List<CellDiff> compareWithSnapshot(long planId, long snapshotId) {
        Map<String, long[]> both = new java.util.TreeMap<>();
        for (CellValue c : snapshotCells(planId, snapshotId)) {
            both.computeIfAbsent(key(c), k -> new long[2])[0] = c.amount();
        }
        for (CellValue c : plans.cells(planId)) {
            both.computeIfAbsent(key(c), k -> new long[2])[1] = c.amount();
        }
        Map<Long, String> activities = new java.util.HashMap<>();
        em.createNamedQuery("Activity.ofDepartment", se.uniplan.activity.Activity.class)
                .setParameter("department", viewable(planId).getDepartment()).getResultStream()
                .forEach(a -> activities.put(a.getId(), a.getCode()));
        Map<Long, String> accounts = new java.util.HashMap<>();
        em.createNamedQuery("Account.all", se.uniplan.accounting.Account.class).getResultStream()
                .forEach(a -> accounts.put(a.getId(), a.getNumber()));
        List<CellDiff> diffs = new ArrayList<>();
        both.forEach((k, v) -> {
            if (v[0] != v[1]) {
                String[] part = k.split("/");
                diffs.add(new CellDiff(activities.get(Long.parseLong(part[0])), accounts.get(Long.parseLong(part[1])),
                        Integer.parseInt(part[2]), v[0], v[1]));
            }
        });
        diffs.sort(java.util.Comparator.comparing(CellDiff::activity).thenComparing(CellDiff::account)
                .thenComparingInt(CellDiff::period));
        return diffs;
    }

    private static String key(CellValue c) {
        return c.activityId() + "/" + c.accountId() + "/" + c.period();
    }

    /** The plans in open rounds whose next step the current user may take, deadline first. */
    public List<Task> myTasks() {
        Actor actor = currentActor.get();
        LocalDate today = LocalDate.now();
        List<Task> tasks = new ArrayList<>();
        for (Plan plan : em.createNamedQuery("Plan.inOpenRounds", Plan.class).getResultList()) {
            PlanAction step = NEXT_STEP.get(plan.getState());
            if (step == null) {
                continue;
            }
            Set<Action> authorities = PlanAuthority.of(actor, plan);
            if (!PlanWorkflow.allows(plan.getRound().getStatus(), plan.getState(), step, authorities)) {
                continue;
            }
            LocalDate deadline = plan.getState().deadlineIn(plan.getRound().getDeadlines()).orElse(null);
            tasks.add(new Task(plan, step, deadline, deadline != null && deadline.isBefore(today),
                    onBehalfOf(actor, plan, plan.getState(), step)));
        }
        tasks.sort(java.util.Comparator.comparing((Task t) -> t.deadline() == null ? LocalDate.MAX : t.deadline())
                .thenComparing(t -> t.plan().label()));
        return tasks;
    }

    private Plan viewable(long planId) {
        Plan plan = Optional.ofNullable(em.find(Plan.class, planId)).orElseThrow(() -> new NotFoundException("Plan", planId));
        currentActor.get().require(Action.VIEW_FIGURES, plan.getDepartment());
        return plan;
    }

    private Plan lock(long planId) {
        return Optional.ofNullable(em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Plan", planId));
    }
}
