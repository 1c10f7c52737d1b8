package se.uniplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.uniplan.shared.VersionedEntity;

/**
 * What a plan held at the moment it was approved at some level. Its cells are copied beside it
 * in {@code plan_snapshot_cell} by {@link PlanWorkflowService} and never changed, so an
 * approval can always be shown and compared with the plan as it is now.
 */
@Entity
@Table(name = "plan_snapshot")
@NamedQuery(name = "PlanSnapshot.ofPlan",
        query = "SELECT s FROM PlanSnapshot s WHERE s.planId = :plan ORDER BY s.takenAt DESC, s.id DESC")
public class PlanSnapshot extends VersionedEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanState state;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "taken_by", nullable = false, length = 100)
    private String takenBy;

    @Column(nullable = false)
    private long revenue;

    @Column(nullable = false)
    private long cost;

    protected PlanSnapshot() {
        // for JPA
    }

    PlanSnapshot(long planId, PlanState state, String takenBy, long revenue, long cost) {
        this.planId = planId;
        this.state = state;
        this.takenAt = Instant.now();
        this.takenBy = takenBy;
        this.revenue = revenue;
        this.cost = cost;
    }

    public long getPlanId() {
        return planId;
    }

    public PlanState getState() {
        return state;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public long getRevenue() {
        return revenue;
    }

    public long getCost() {
        return cost;
    }

    public long getResult() {
        return revenue - cost;
    }
}
