package se.uniplan.role;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.audit.AuditTrail;
import se.uniplan.governance.GovernanceObject;
import se.uniplan.governance.GovernanceService;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrganisationService;
import se.uniplan.person.Person;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * Who holds which role for which unit or governance object, and the editable text of each role.
 * Only the system administrator assigns, revokes and rewrites; everyone reads their own roles.
 */
@Stateless
public class RoleService {

    static final String AUDIT_TYPE = "RoleAssignment";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @Inject
    private OrganisationService organisation;

    @Inject
    private GovernanceService governance;

    /** The logged-in user's own roles. */
    public List<RoleAssignment> mine() {
        return em.createNamedQuery("RoleAssignment.ofUsername", RoleAssignment.class)
                .setParameter("username", currentActor.username()).getResultList();
    }

    /** The logged-in user's roles with their texts and body states, for the start page. */
    public List<HeldRole> myRoles() {
        Map<Role, RoleDescription> texts = descriptions();
        return mine().stream().map(a -> new HeldRole(a, texts.get(a.getRole()), bodyState(a))).toList();
    }

    private Boolean bodyState(RoleAssignment a) {
        return a.getRole().body()
                .flatMap(kind -> governance.body(a.getGovernanceObject(), kind))
                .map(b -> b.isActive())
                .orElse(null);
    }

    public List<RoleAssignment> of(long personId) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        return em.createNamedQuery("RoleAssignment.ofPerson", RoleAssignment.class)
                .setParameter("person", person(personId)).getResultList();
    }

    /** Who holds planning roles at a unit, for whoever may see the unit. */
    public List<RoleAssignment> atUnit(long unitId) {
        OrgUnit unit = organisation.viewUnit(unitId);
        return em.createNamedQuery("RoleAssignment.atUnit", RoleAssignment.class).setParameter("unit", unit).getResultList();
    }

    public RoleAssignment assignForUnit(long personId, Role role, long unitId) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        Person person = person(personId);
        OrgUnit unit = organisation.findUnit(unitId).orElseThrow(() -> new NotFoundException("OrgUnit", unitId));
        refuseDuplicate(person, role, unit, null);
        return save(RoleAssignment.forUnit(person, role, unit, currentActor.username()));
    }

    public RoleAssignment assignForObject(long personId, Role role, long objectId) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        Person person = person(personId);
        GovernanceObject object = governance.getObject(objectId);
        refuseDuplicate(person, role, null, object);
        return save(RoleAssignment.forObject(person, role, object, currentActor.username()));
    }

    public void revoke(long assignmentId) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        RoleAssignment assignment = Optional.ofNullable(em.find(RoleAssignment.class, assignmentId))
                .orElseThrow(() -> new NotFoundException("RoleAssignment", assignmentId));
        audit.record(AUDIT_TYPE, assignmentId, assignment.getPerson().getFullName(), "REVOKE",
                describe(assignment), null);
        em.remove(assignment);
    }

    /** Every role's text, in role order. */
    public Map<Role, RoleDescription> descriptions() {
        Map<Role, RoleDescription> map = new EnumMap<>(Role.class);
        em.createNamedQuery("RoleDescription.all", RoleDescription.class).getResultList()
                .forEach(d -> map.put(d.getRole(), d));
        return map;
    }

    public RoleDescription rewrite(Role role, long expectedVersion, String swedish, String english) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        RoleDescription description = Optional.ofNullable(em.find(RoleDescription.class, role))
                .orElseThrow(() -> new NotFoundException("RoleDescription", role));
        String oldSv = description.getResponsibilitiesSv();
        String oldEn = description.getResponsibilitiesEn();
        description.rewrite(expectedVersion, swedish, english);
        if (!oldSv.equals(description.getResponsibilitiesSv())) {
            audit.record("RoleDescription", null, role.name(), "TEXT_SV", oldSv, description.getResponsibilitiesSv());
        }
        if (!oldEn.equals(description.getResponsibilitiesEn())) {
            audit.record("RoleDescription", null, role.name(), "TEXT_EN", oldEn, description.getResponsibilitiesEn());
        }
        return description;
    }

    private RoleAssignment save(RoleAssignment assignment) {
        em.persist(assignment);
        em.flush();
        audit.record(AUDIT_TYPE, assignment.getId(), assignment.getPerson().getFullName(), "ASSIGN",
                null, describe(assignment));
        return assignment;
    }

    private void refuseDuplicate(Person person, Role role, OrgUnit unit, GovernanceObject object) {
        long same = em.createNamedQuery(unit != null ? "RoleAssignment.sameForUnit" : "RoleAssignment.sameForObject", Long.class)
                .setParameter("person", person).setParameter("role", role)
                .setParameter("target", unit != null ? unit : object).getSingleResult();
        if (same > 0) {
            throw new RuleViolationException("error.role.duplicate", person.getFullName());
        }
    }

    private static String describe(RoleAssignment a) {
        return a.getRole() + " @ " + a.targetName() + " (" + a.getPerson().getUsername() + ")";
    }

    private Person person(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
