package se.uniplan.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * A planning round: the budget for a fiscal year, or a forecast within it. The process
 * administrator prepares it, opens it, closes it and may reopen it; plans are only written and
 * approved while it is open. After the university board has adopted the budget, its decision is
 * recorded here, and only then can the university approver give the final approval.
 */
@Entity
@Table(name = "planning_round")
@NamedQuery(name = "PlanningRound.all",
        query = "SELECT r FROM PlanningRound r ORDER BY r.fiscalYear.startDate DESC, r.createdAt DESC")
@NamedQuery(name = "PlanningRound.byLabel", query = "SELECT r FROM PlanningRound r WHERE LOWER(r.label) = :label")
public class PlanningRound extends VersionedEntity {

    public static final int MAX_LABEL = 100;
    public static final int MAX_REFERENCE = 100;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundKind kind;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.PREPARED;

    @Embedded
    private Deadlines deadlines = Deadlines.none();

    @Column(name = "board_decision_date")
    private LocalDate boardDecisionDate;

    @Column(name = "board_decision_ref", length = MAX_REFERENCE)
    private String boardDecisionReference;

    @Column(name = "final_approved_at")
    private Instant finalApprovedAt;

    @Column(name = "final_approved_by", length = 100)
    private String finalApprovedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected PlanningRound() {
        // for JPA
    }

    public PlanningRound(RoundKind kind, FiscalYear fiscalYear, String label, Deadlines deadlines, String createdBy) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
        this.label = requireLabel(label);
        this.deadlines = deadlines == null ? Deadlines.none() : deadlines;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    /** Opens a prepared round for registration. */
    public void open() {
        if (status != RoundStatus.PREPARED) {
            throw new RuleViolationException("error.round.notPrepared", label);
        }
        status = RoundStatus.OPEN;
    }

    /** Closes an open round: from now on its plans are read-only. */
    public void close() {
        if (status != RoundStatus.OPEN) {
            throw new RuleViolationException("error.round.notOpen", label);
        }
        status = RoundStatus.CLOSED;
    }

    /** Opens a closed round again; each plan keeps the state it had. */
    public void reopen() {
        if (status != RoundStatus.CLOSED) {
            throw new RuleViolationException("error.round.notClosed", label);
        }
        status = RoundStatus.OPEN;
    }

    public void reschedule(Deadlines newDeadlines) {
        if (status == RoundStatus.CLOSED) {
            throw new RuleViolationException("error.round.closed", label);
        }
        this.deadlines = newDeadlines == null ? Deadlines.none() : newDeadlines;
    }

    /** Refuses any change to the round's plans unless the round is open. */
    public void requireOpen() {
        if (status != RoundStatus.OPEN) {
            throw new RuleViolationException("error.round.notOpen", label);
        }
    }

    /** Records the university board's decision, which the final approval needs. */
    public void recordBoardDecision(LocalDate date, String reference) {
        requireOpen();
        if (date == null) {
            throw new RuleViolationException("error.round.boardDateRequired");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolationException("error.round.boardReferenceRequired");
        }
        if (reference.strip().length() > MAX_REFERENCE) {
            throw new RuleViolationException("error.round.boardReferenceTooLong", MAX_REFERENCE);
        }
        this.boardDecisionDate = date;
        this.boardDecisionReference = reference.strip();
    }

    /** Marks the university total approved; the board's decision must be recorded first. */
    public void markFinallyApproved(String by) {
        requireOpen();
        if (boardDecisionDate == null) {
            throw new RuleViolationException("error.round.boardDecisionMissing", label);
        }
        this.finalApprovedAt = Instant.now();
        this.finalApprovedBy = by;
    }

    /** Withdraws the final approval when a finally approved plan is reopened. */
    public void withdrawFinalApproval() {
        this.finalApprovedAt = null;
        this.finalApprovedBy = null;
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    private static String requireLabel(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("error.round.labelRequired");
        }
        String text = value.strip();
        if (text.length() > MAX_LABEL) {
            throw new RuleViolationException("error.round.labelTooLong", MAX_LABEL);
        }
        return text;
    }

    public RoundKind getKind() {
        return kind;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public String getLabel() {
        return label;
    }

    public RoundStatus getStatus() {
        return status;
    }

    /** The deadlines; never null (JPA reads an embeddable whose columns are all empty as null). */
    public Deadlines getDeadlines() {
        return deadlines == null ? Deadlines.none() : deadlines;
    }

    public LocalDate getBoardDecisionDate() {
        return boardDecisionDate;
    }

    public String getBoardDecisionReference() {
        return boardDecisionReference;
    }

    public Instant getFinalApprovedAt() {
        return finalApprovedAt;
    }

    public String getFinalApprovedBy() {
        return finalApprovedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return label;
    }
}
