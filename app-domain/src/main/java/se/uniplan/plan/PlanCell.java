package se.uniplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import se.uniplan.shared.RuleViolationException;

/**
 * One figure of a plan: whole kronor for an activity, an account and a period (month 1-12 of
 * the fiscal year). Cells hold plain ids rather than relations, since a plan reads and writes
 * tens of thousands of them at once. Only {@link PlanService} changes them, after
 * {@link Plan#requireEditable()} under a lock on the plan.
 */
@Entity
@Table(name = "plan_cell")
@NamedQuery(name = "PlanCell.ofPlan", query = "SELECT c FROM PlanCell c WHERE c.planId = :plan")
@NamedQuery(name = "PlanCell.at", query = "SELECT c FROM PlanCell c WHERE c.planId = :plan"
        + " AND c.activityId = :activity AND c.accountId = :account AND c.period = :period")
public class PlanCell {

    /** The largest amount a cell takes, in kronor: a thousand billion. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    @Id
    @SequenceGenerator(name = "uniplan_seq", sequenceName = "uniplan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uniplan_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private int period;

    @Column(nullable = false)
    private long amount;

    protected PlanCell() {
        // for JPA
    }

    PlanCell(CellKey key, long amount) {
        this.planId = key.planId();
        this.activityId = key.activityId();
        this.accountId = key.accountId();
        this.period = key.period();
        this.amount = requireAmount(amount);
    }

    void setAmount(long amount) {
        this.amount = requireAmount(amount);
    }

    static long requireAmount(long amount) {
        if (Math.abs(amount) > MAX_AMOUNT) {
            throw new RuleViolationException("error.plan.amountTooLarge", MAX_AMOUNT);
        }
        return amount;
    }

    public Long getId() {
        return id;
    }

    public CellKey key() {
        return new CellKey(planId, activityId, accountId, period);
    }

    public long getAmount() {
        return amount;
    }
}
