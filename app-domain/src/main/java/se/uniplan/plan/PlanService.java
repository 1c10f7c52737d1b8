package se.uniplan.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.accounting.Account;
import se.uniplan.activity.Activity;
import se.uniplan.audit.AuditEntry;
import se.uniplan.audit.AuditTrail;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.ConcurrentEditException;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * Reads a plan and writes its figures. Every write path (the grid, spreading, copying, the xlsx
 * upload and REST) comes through {@link #writeCells}, which locks the plan's row, asks the plan
 * whether it is editable and the actor whether they may edit, refuses a figure that changed
 * since the writer read it, and writes one audit entry per changed cell with the path it took.
 */
@Stateless
public class PlanService {

    static final String CELL_AUDIT_TYPE = "PlanCell";
    static final String COMMENT_AUDIT_TYPE = "PlanComment";

    /** Above this many changes, all of the plan's cells are read at once rather than one by one. */
    private static final int BULK = 40;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    /** The plan, if the current user may see its figures. */
    public Plan view(long planId) {
        Plan plan = find(planId);
        currentActor.get().require(Action.VIEW_FIGURES, plan.getDepartment());
        return plan;
    }

    /**
     * A department's plans in every round, newest round first, if the current user may see the
     * department's figures; none for units above department level or out of reach.
     */
    public List<Plan> ofDepartment(long departmentId) {
        se.uniplan.org.OrgUnit department = em.find(se.uniplan.org.OrgUnit.class, departmentId);
        if (department == null || !currentActor.get().may(Action.VIEW_FIGURES, department)) {
            return List.of();
        }
        return em.createNamedQuery("Plan.ofDepartment", Plan.class).setParameter("department", department).getResultList();
    }

    /** What the current user may do with the plan. */
    public Set<Action> authorities(long planId) {
        return PlanAuthority.of(currentActor.get(), view(planId));
    }

    /** The plan as the entry grid shows it. */
    public PlanGrid grid(long planId) {
        Plan plan = view(planId);
        Set<Action> authorities = PlanAuthority.of(currentActor.get(), plan);
        List<CellValue> cells = figures(planId);
        Set<Long> withFigures = cells.stream().map(CellValue::activityId).collect(Collectors.toSet());
        List<Activity> activities = em.createNamedQuery("Activity.ofDepartment", Activity.class)
                .setParameter("department", plan.getDepartment()).getResultStream()
                .filter(a -> a.isActive() || withFigures.contains(a.getId())).toList();
        Set<Long> accountsWithFigures = cells.stream().map(CellValue::accountId).collect(Collectors.toSet());
        List<Account> accounts = em.createNamedQuery("Account.all", Account.class).getResultStream()
                .filter(a -> a.isActive() || accountsWithFigures.contains(a.getId())).toList();
        List<PlanComment> comments = em.createNamedQuery("PlanComment.ofPlan", PlanComment.class)
                .setParameter("plan", planId).getResultList();
        boolean editable = plan.readOnlyReason(authorities) == null;
        return new PlanGrid(plan, activities, accounts, cells, comments, authorities, editable);
    }

    /**
     * The plan's figures, if the current user may see them. Public because {@link PlanEditing}
     * calls it through the container: a package-private method is no business method of an EJB.
     */
    public List<CellValue> cells(long planId) {
        view(planId);
        return figures(planId);
    }

    private List<CellValue> figures(long planId) {
        return em.createQuery("SELECT NEW se.uniplan.plan.CellValue(c.activityId, c.accountId, c.period, c.amount)"
                + " FROM PlanCell c WHERE c.planId = :plan", CellValue.class).setParameter("plan", planId).getResultList();
    }

    /**
     * Writes figures to a draft, all or nothing.
     *
     * @return the cells that changed, with their new amounts
     * @throws AccessDeniedException   unless the current user may edit the department's plan
     * @throws RuleViolationException  if the plan is locked, the round not open, or a change
     *                                 names an unknown activity or account, a wrong period or an
     *                                 amount that is too large
     * @throws ConcurrentEditException if a cell no longer holds the amount the writer saw
     */
    public List<CellValue> writeCells(long planId, List<CellChange> changes, ChangePath path) {
        return write(planId, changes, path, false);
    }

    /**
     * As {@link #writeCells}, with the same checks, but leaves out figures on inactive activities
     * and accounts: for a copy. Public for the same reason as {@link #cells}.
     */
    public List<CellValue> writeCellsSkippingInactive(long planId, List<CellChange> changes, ChangePath path) {
        return write(planId, changes, path, true);
    }

    private List<CellValue> write(long planId, List<CellChange> changes, ChangePath path, boolean skipInactive) {
        Plan plan = Optional.ofNullable(em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Plan", planId));
        currentActor.get().require(Action.VIEW_FIGURES, plan.getDepartment());
        currentActor.get().require(Action.EDIT_PLAN, plan.getDepartment());
        plan.requireEditable();
        Map<Long, Activity> activities = em.createNamedQuery("Activity.ofDepartment", Activity.class)
                .setParameter("department", plan.getDepartment()).getResultStream()
                .filter(Activity::isActive).collect(Collectors.toMap(Activity::getId, Function.identity()));
        Map<Long, Account> accounts = em.createNamedQuery("Account.all", Account.class).getResultStream()
                .filter(Account::isActive).collect(Collectors.toMap(Account::getId, Function.identity()));
        Map<CellKey, PlanCell> existing = changes.size() > BULK ? allCells(planId) : new HashMap<>();
        List<CellValue> written = new java.util.ArrayList<>();
        for (CellChange change : changes) {
            Activity activity = activities.get(change.activityId());
            if (skipInactive && (activity == null || !accounts.containsKey(change.accountId()))) {
                continue;
            }
            if (activity == null) {
                throw new RuleViolationException("error.plan.unknownActivity", change.activityId(), plan.getDepartment().getCode());
            }
            Account account = accounts.get(change.accountId());
            if (account == null) {
                throw new RuleViolationException("error.plan.unknownAccount", change.accountId());
            }
            CellKey key = new CellKey(planId, change.activityId(), change.accountId(), change.period());
            PlanCell cell = changes.size() > BULK ? existing.get(key) : find(key).orElse(null);
            long current = cell == null ? 0 : cell.getAmount();
            String label = cellLabel(plan, activity, account, change.period());
            if (change.expected() != null && change.expected() != current) {
                throw new ConcurrentEditException(label);
            }
            if (change.amount() == current && cell != null) {
                continue;
            }
            if (cell == null) {
                if (change.amount() == 0) {
                    continue;
                }
                cell = new PlanCell(key, change.amount());
                em.persist(cell);
                if (changes.size() > BULK) {
                    existing.put(key, cell);
                }
            } else {
                cell.setAmount(change.amount());
            }
            audit.record(CELL_AUDIT_TYPE, cell.getId(), label, "CELL_" + path.name(), current, change.amount());
            written.add(new CellValue(change.activityId(), change.accountId(), change.period(), change.amount()));
        }
        return written;
    }

    /** Adds a comment to the plan, a row or a cell; anyone who may see the plan may comment. */
    public PlanComment comment(long planId, Long activityId, Long accountId, Integer period, String text) {
        Plan plan = view(planId);
        if (activityId != null) {
            Activity activity = em.find(Activity.class, activityId);
            if (activity == null || !activity.getDepartment().getId().equals(plan.getDepartment().getId())) {
                throw new RuleViolationException("error.plan.unknownActivity", activityId, plan.getDepartment().getCode());
            }
        }
        if (accountId != null && em.find(Account.class, accountId) == null) {
            throw new RuleViolationException("error.plan.unknownAccount", accountId);
        }
        PlanComment comment = new PlanComment(planId, activityId, accountId, period, text, currentActor.username());
        em.persist(comment);
        audit.record(COMMENT_AUDIT_TYPE, comment.getId(), plan.label(), "COMMENT", null, comment.getText());
        return comment;
    }

    public List<PlanComment> comments(long planId) {
        view(planId);
        return em.createNamedQuery("PlanComment.ofPlan", PlanComment.class).setParameter("plan", planId).getResultList();
    }

    /** Every change to one figure, newest first: who, when, old → new and by which path. */
    public List<AuditEntry> cellHistory(long planId, long activityId, long accountId, int period) {
        view(planId);
        return find(new CellKey(planId, activityId, accountId, period))
                .map(cell -> audit.historyOf(CELL_AUDIT_TYPE, cell.getId()))
                .orElse(List.of());
    }

    Plan find(long planId) {
        return Optional.ofNullable(em.find(Plan.class, planId)).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    private Optional<PlanCell> find(CellKey key) {
        return em.createNamedQuery("PlanCell.at", PlanCell.class)
                .setParameter("plan", key.planId()).setParameter("activity", key.activityId())
                .setParameter("account", key.accountId()).setParameter("period", key.period())
                .getResultStream().findFirst();
    }

    private Map<CellKey, PlanCell> allCells(long planId) {
        Map<CellKey, PlanCell> map = new HashMap<>();
        em.createNamedQuery("PlanCell.ofPlan", PlanCell.class).setParameter("plan", planId).getResultStream()
                .forEach(c -> map.put(c.key(), c));
        return map;
    }

    /** How the audit trail names a cell: plan, activity, account and month, as they were called. */
    static String cellLabel(Plan plan, Activity activity, Account account, int period) {
        YearMonth month = YearMonth.from(plan.getRound().getFiscalYear().getStartDate()).plusMonths(period - 1L);
        return plan.label() + " · " + activity.getCode() + " · " + account.getNumber() + " · " + month;
    }
}
