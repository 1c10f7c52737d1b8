package se.uniplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.uniplan.shared.VersionedEntity;

/** One step a plan took along its approval chain, with the comment a send-back or reopen gave. */
@Entity
@Table(name = "plan_event")
@NamedQuery(name = "PlanEvent.ofPlan",
        query = "SELECT e FROM PlanEvent e WHERE e.planId = :plan ORDER BY e.happenedAt DESC, e.id DESC")
public class PlanEvent extends VersionedEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private PlanState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private PlanState toState;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "on_behalf_of", length = 200)
    private String onBehalfOf;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(length = 2000)
    private String comment;

    protected PlanEvent() {
        // for JPA
    }

    PlanEvent(long planId, PlanAction action, PlanState fromState, PlanState toState, String actor, String onBehalfOf,
              String comment) {
        this.planId = planId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
        this.happenedAt = Instant.now();
        this.comment = comment == null || comment.isBlank() ? null : cut(comment.strip());
    }

    private static String cut(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    public long getPlanId() {
        return planId;
    }

    public PlanAction getAction() {
        return action;
    }

    public PlanState getFromState() {
        return fromState;
    }

    public PlanState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    /** The person whose role a substitute used for this step, or null. */
    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getComment() {
        return comment;
    }
}
