package se.uniplan.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.uniplan.shared.VersionedEntity;

/**
 * A collective body of a governance object, such as a user council or a steering group. A body
 * can exist but be inactive (the seed's user council "is not active at present"): its members
 * keep their roles, and every page shows that the body does not meet.
 */
@Entity
@Table(name = "governance_body")
@NamedQuery(name = "GovernanceBody.all", query = "SELECT b FROM GovernanceBody b ORDER BY b.governanceObject.name, b.kind")
@NamedQuery(name = "GovernanceBody.of", query = "SELECT b FROM GovernanceBody b WHERE b.governanceObject = :object AND b.kind = :kind")
public class GovernanceBody extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "governance_object_id")
    private GovernanceObject governanceObject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BodyKind kind;

    @Column(nullable = false)
    private boolean active = true;

    protected GovernanceBody() {
        // for JPA
    }

    public GovernanceBody(GovernanceObject governanceObject, BodyKind kind) {
        this.governanceObject = governanceObject;
        this.kind = kind;
    }

    /** Marks the body as meeting again, or as not active at present. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public GovernanceObject getGovernanceObject() {
        return governanceObject;
    }

    public BodyKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }
}
