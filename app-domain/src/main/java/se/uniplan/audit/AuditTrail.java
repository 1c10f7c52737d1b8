package se.uniplan.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;

/**
 * Writes and reads the audit trail shared by planning and governance. Writes join the caller's
 * transaction, so a change and its audit entry commit or roll back together.
 */
@Stateless
public class AuditTrail {

    /** The largest page the trail is read in. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    /**
     * Records one change made by the current user.
     *
     * @param entityType a stable type name such as {@code OrgUnit}
     * @param entityId   the changed entity's id
     * @param label      what users call the entity, as it was named at the time
     * @param change     what happened, such as {@code RENAME}
     * @param oldValue   the value before, or null on creation
     * @param newValue   the value after, or null on removal
     */
    public void record(String entityType, Long entityId, String label, String change, Object oldValue, Object newValue) {
        em.persist(new AuditEntry(currentActor.username(), entityType, entityId, label, change,
                oldValue == null ? null : Objects.toString(oldValue), newValue == null ? null : Objects.toString(newValue)));
    }

    /**
     * The newest entries first, optionally for one entity and filtered by a free-text term that
     * matches the actor, the label, the change or the values.
     */
    public List<AuditEntry> search(AuditQuery query) {
        currentActor.get().require(Action.VIEW_AUDIT);
        return find(query);
    }

    /** The history of one entity, for pages that show "what happened to this unit". */
    public List<AuditEntry> historyOf(String entityType, Long entityId) {
        return find(new AuditQuery(entityType, entityId, null, 0, MAX_PAGE));
    }

    private List<AuditEntry> find(AuditQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
        if (query.entityType() != null) {
            jpql.append(" AND e.entityType = :type");
        }
        if (query.entityId() != null) {
            jpql.append(" AND e.entityId = :id");
        }
        if (query.text() != null) {
            jpql.append(" AND (LOWER(e.actor) LIKE :text OR LOWER(e.entityLabel) LIKE :text OR LOWER(e.change) LIKE :text"
                    + " OR LOWER(e.oldValue) LIKE :text OR LOWER(e.newValue) LIKE :text)");
        }
        jpql.append(" ORDER BY e.at DESC, e.id DESC");
        TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
        if (query.entityType() != null) {
            q.setParameter("type", query.entityType());
        }
        if (query.entityId() != null) {
            q.setParameter("id", query.entityId());
        }
        if (query.text() != null) {
            q.setParameter("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return q.setFirstResult(query.first()).setMaxResults(Math.min(query.max(), MAX_PAGE)).getResultList();
    }
}
