package se.uniplan.org;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.uniplan.access.Action;
import se.uniplan.access.Actor;
import se.uniplan.access.CurrentActor;
import se.uniplan.audit.AuditEntry;
import se.uniplan.audit.AuditTrail;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * Reads and changes the organisation tree. Every change needs
 * {@link Action#ADMINISTER_ORGANISATION}, is checked by {@link OrgUnit}'s rules, refuses a
 * change based on an older reading, and is written to the audit trail with old → new.
 */
@Stateless
public class OrganisationService {

    static final String AUDIT_TYPE = "OrgUnit";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    /** Every unit, active or not, ordered by code, for the system administrator. */
    public List<OrgUnit> allUnits() {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        return loadAll();
    }

    /** The units the current user may see, with {@link Action#VIEW_UNIT}. */
    public List<OrgUnit> visibleUnits() {
        Actor actor = currentActor.get();
        return loadAll().stream().filter(u -> actor.may(Action.VIEW_UNIT, u)).toList();
    }

    private List<OrgUnit> loadAll() {
        return em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultList();
    }

    /** The unit with this id, without an authority check: for other services that check their own. */
    public Optional<OrgUnit> findUnit(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    /** The unit, if the current user may see it; otherwise not found or access denied. */
    public OrgUnit viewUnit(long id) {
        OrgUnit unit = getUnit(id);
        currentActor.get().require(Action.VIEW_UNIT, unit);
        return unit;
    }

    /** The unit's direct sub-units, if the current user may see the unit. */
    public List<OrgUnit> childrenOf(long id) {
        OrgUnit unit = viewUnit(id);
        return children(unit);
    }

    public OrgUnit create(Long parentId, String code, String name, OrgUnitKind kind) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        if (kind == null) {
            throw new RuleViolationException("error.org.kindRequired");
        }
        if (code != null && !em.createNamedQuery("OrgUnit.byCode", OrgUnit.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultList().isEmpty()) {
            throw new RuleViolationException("error.org.codeTaken", code.strip());
        }
        OrgUnit unit = parentId == null ? rootOrRefuse(code, name) : OrgUnit.under(getUnit(parentId), code, name, kind);
        em.persist(unit);
        em.flush();
        audit.record(AUDIT_TYPE, unit.getId(), unit.toString(), "CREATE", null, describe(unit));
        return unit;
    }

    public OrgUnit rename(long id, long expectedVersion, String newName) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        OrgUnit unit = getUnit(id);
        unit.requireVersion(expectedVersion, unit.getName());
        String old = unit.getName();
        unit.rename(newName);
        if (!old.equals(unit.getName())) {
            audit.record(AUDIT_TYPE, unit.getId(), unit.toString(), "RENAME", old, unit.getName());
        }
        return unit;
    }

    public OrgUnit move(long id, long expectedVersion, long newParentId) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        OrgUnit unit = getUnit(id);
        unit.requireVersion(expectedVersion, unit.getName());
        OrgUnit oldParent = unit.getParent();
        OrgUnit newParent = getUnit(newParentId);
        if (oldParent != null && oldParent.getId().equals(newParentId)) {
            return unit;
        }
        unit.moveTo(newParent);
        audit.record(AUDIT_TYPE, unit.getId(), unit.toString(), "MOVE",
                oldParent == null ? null : oldParent.toString(), newParent.toString());
        return unit;
    }

    public OrgUnit deactivate(long id, long expectedVersion) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        OrgUnit unit = getUnit(id);
        unit.requireVersion(expectedVersion, unit.getName());
        if (unit.isActive()) {
            unit.deactivate(children(unit));
            audit.record(AUDIT_TYPE, unit.getId(), unit.toString(), "DEACTIVATE", "active", "inactive");
        }
        return unit;
    }

    public OrgUnit reactivate(long id, long expectedVersion) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        OrgUnit unit = getUnit(id);
        unit.requireVersion(expectedVersion, unit.getName());
        if (!unit.isActive()) {
            unit.reactivate();
            audit.record(AUDIT_TYPE, unit.getId(), unit.toString(), "REACTIVATE", "inactive", "active");
        }
        return unit;
    }

    /** What has happened to the unit, newest first; visible to whoever may see the unit. */
    public List<AuditEntry> history(long id) {
        viewUnit(id);
        return audit.historyOf(AUDIT_TYPE, id);
    }

    private OrgUnit rootOrRefuse(String code, String name) {
        if (!em.createNamedQuery("OrgUnit.all", OrgUnit.class).setMaxResults(1).getResultList().isEmpty()) {
            throw new RuleViolationException("error.org.secondRoot");
        }
        return OrgUnit.university(code, name);
    }

    private List<OrgUnit> children(OrgUnit unit) {
        return em.createNamedQuery("OrgUnit.children", OrgUnit.class).setParameter("parent", unit).getResultList();
    }

    private OrgUnit getUnit(long id) {
        return findUnit(id).orElseThrow(() -> new NotFoundException("OrgUnit", id));
    }

    private static String describe(OrgUnit unit) {
        return unit.getKind() + " " + unit.getName() + (unit.getParent() == null ? "" : " ⊂ " + unit.getParent().getName());
    }
}
