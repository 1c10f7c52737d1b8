package se.uniplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.round.PlanningRound;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * One department's plan in one planning round: the aggregate root of its cells, comments,
 * events and snapshots. Its state says how far up the approval chain it has come; everything
 * but a draft in an open round is locked, and every write path asks {@link #requireEditable()}
 * first.
 */
@Entity
@Table(name = "plan")
@NamedQuery(name = "Plan.ofRound",
        query = "SELECT p FROM Plan p WHERE p.round = :round ORDER BY p.department.code")
@NamedQuery(name = "Plan.byRoundAndDepartment",
        query = "SELECT p FROM Plan p WHERE p.round = :round AND p.department = :department")
@NamedQuery(name = "Plan.inOpenRounds",
        query = "SELECT p FROM Plan p WHERE p.round.status = se.uniplan.round.RoundStatus.OPEN"
                + " ORDER BY p.round.label, p.department.code")
@NamedQuery(name = "Plan.ofDepartment",
        query = "SELECT p FROM Plan p WHERE p.department = :department ORDER BY p.round.createdAt DESC")
public class Plan extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "round_id")
    private PlanningRound round;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private OrgUnit department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanState state = PlanState.DRAFT;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "state_changed_by", nullable = false, length = 100)
    private String stateChangedBy;

    protected Plan() {
        // for JPA
    }

    public Plan(PlanningRound round, OrgUnit department, String createdBy) {
        this.round = Objects.requireNonNull(round, "round");
        this.department = Objects.requireNonNull(department, "department");
        if (department.getKind() != OrgUnitKind.DEPARTMENT) {
            throw new RuleViolationException("error.plan.notDepartment", department.getName());
        }
        if (!department.isActive()) {
            throw new RuleViolationException("error.plan.inactiveDepartment", department.getName());
        }
        this.stateChangedAt = Instant.now();
        this.stateChangedBy = createdBy;
    }

    /**
     * Takes {@code action} if the workflow allows it and returns the state the plan left.
     *
     * @param authorities what the person may do on this plan's department (and the university)
     */
    public PlanState apply(PlanAction action, Set<Action> authorities, String comment, String by) {
        PlanState from = state;
        PlanState to = PlanWorkflow.next(round.getStatus(), state, action, authorities, comment);
        if (to != from) {
            state = to;
            stateChangedAt = Instant.now();
            stateChangedBy = by;
        }
        return from;
    }

    /** Refuses a change to the figures unless the round is open and the plan is a draft. */
    public void requireEditable() {
        round.requireOpen();
        if (state.isLocked()) {
            throw new RuleViolationException("error.plan.locked", label(), state);
        }
    }

    public boolean isEditable() {
        return round.isOpen() && !state.isLocked();
    }

    /**
     * Why a reader holding {@code authorities} on this plan cannot change its figures, or null
     * when they can: the lock first, then the round, then the reader's authority.
     */
    public ReadOnlyReason readOnlyReason(Set<Action> authorities) {
        if (state.isLocked()) {
            return ReadOnlyReason.LOCKED;
        }
        if (!round.isOpen()) {
            return ReadOnlyReason.ROUND_NOT_OPEN;
        }
        return authorities.contains(Action.EDIT_PLAN) ? null : ReadOnlyReason.NO_AUTHORITY;
    }

    /** What users call this plan: department and round. */
    public String label() {
        return department.getCode() + " · " + round.getLabel();
    }

    public PlanningRound getRound() {
        return round;
    }

    public OrgUnit getDepartment() {
        return department;
    }

    public PlanState getState() {
        return state;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public String getStateChangedBy() {
        return stateChangedBy;
    }

    @Override
    public String toString() {
        return label();
    }
}
