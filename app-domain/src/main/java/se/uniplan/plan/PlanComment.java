package se.uniplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * A comment on a whole plan, on one row (activity and account) or on one cell (and period).
 * Comments are part of the analysis, not of the figures: anyone who may see the plan may
 * comment, in any state, so approvers can say what they saw in a locked plan.
 */
@Entity
@Table(name = "plan_comment")
@NamedQuery(name = "PlanComment.ofPlan",
        query = "SELECT c FROM PlanComment c WHERE c.planId = :plan ORDER BY c.writtenAt, c.id")
public class PlanComment extends VersionedEntity {

    public static final int MAX_TEXT = 2000;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "account_id")
    private Long accountId;

    @Column
    private Integer period;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PlanComment() {
        // for JPA
    }

    /**
     * @param activityId null for a comment on the whole plan
     * @param accountId  null for the whole plan; set with the activity for a row or a cell
     * @param period     null for a row or the plan; 1-12 for a cell
     */
    public PlanComment(long planId, Long activityId, Long accountId, Integer period, String text, String author) {
        if ((activityId == null) != (accountId == null) || (period != null && activityId == null)) {
            throw new RuleViolationException("error.comment.target");
        }
        if (period != null && (period < 1 || period > CellKey.PERIODS)) {
            throw new RuleViolationException("error.plan.periodOutOfRange", period);
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("error.comment.textRequired");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new RuleViolationException("error.comment.textTooLong", MAX_TEXT);
        }
        this.planId = planId;
        this.activityId = activityId;
        this.accountId = accountId;
        this.period = period;
        this.text = text.strip();
        this.author = author;
        this.writtenAt = Instant.now();
    }

    public long getPlanId() {
        return planId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Integer getPeriod() {
        return period;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
