package se.uniplan.governance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.audit.AuditTrail;
import se.uniplan.shared.NotFoundException;

/** Governance objects and their bodies; the system administrator marks a body active or inactive. */
@Stateless
public class GovernanceService {

    static final String AUDIT_TYPE = "GovernanceBody";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    public List<GovernanceObject> objects() {
        return em.createNamedQuery("GovernanceObject.all", GovernanceObject.class).getResultList();
    }

    public List<GovernanceBody> bodies() {
        return em.createNamedQuery("GovernanceBody.all", GovernanceBody.class).getResultList();
    }

    public Optional<GovernanceBody> body(GovernanceObject object, BodyKind kind) {
        return em.createNamedQuery("GovernanceBody.of", GovernanceBody.class)
                .setParameter("object", object).setParameter("kind", kind).getResultStream().findFirst();
    }

    public GovernanceObject getObject(long id) {
        return Optional.ofNullable(em.find(GovernanceObject.class, id))
                .orElseThrow(() -> new NotFoundException("GovernanceObject", id));
    }

    public GovernanceBody setBodyActive(long bodyId, long expectedVersion, boolean active) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        GovernanceBody body = Optional.ofNullable(em.find(GovernanceBody.class, bodyId))
                .orElseThrow(() -> new NotFoundException("GovernanceBody", bodyId));
        String label = body.getKind() + " " + body.getGovernanceObject().getName();
        body.requireVersion(expectedVersion, label);
        if (body.isActive() != active) {
            body.setActive(active);
            audit.record(AUDIT_TYPE, bodyId, label, active ? "REACTIVATE" : "DEACTIVATE",
                    active ? "inactive" : "active", active ? "active" : "inactive");
        }
        return body;
    }
}
