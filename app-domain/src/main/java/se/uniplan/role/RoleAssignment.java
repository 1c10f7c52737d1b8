package se.uniplan.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.uniplan.governance.GovernanceObject;
import se.uniplan.org.OrgUnit;
import se.uniplan.person.Person;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * A person holding a role for a unit (economist of a department) or for a governance object
 * (system owner of UniPlan). Created through {@link #forUnit} or {@link #forObject}, which
 * check that the role fits what it is held for.
 */
@Entity
@Table(name = "role_assignment")
@NamedQuery(name = "RoleAssignment.ofPerson",
        query = "SELECT a FROM RoleAssignment a WHERE a.person = :person ORDER BY a.role")
@NamedQuery(name = "RoleAssignment.ofUsername",
        query = "SELECT a FROM RoleAssignment a WHERE a.person.username = :username AND a.person.active = TRUE")
@NamedQuery(name = "RoleAssignment.atUnit",
        query = "SELECT a FROM RoleAssignment a WHERE a.unit = :unit ORDER BY a.role, a.person.fullName")
@NamedQuery(name = "RoleAssignment.sameForUnit",
        query = "SELECT COUNT(a) FROM RoleAssignment a WHERE a.person = :person AND a.role = :role AND a.unit = :target")
@NamedQuery(name = "RoleAssignment.sameForObject",
        query = "SELECT COUNT(a) FROM RoleAssignment a WHERE a.person = :person AND a.role = :role"
                + " AND a.governanceObject = :target")
public class RoleAssignment extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne
    @JoinColumn(name = "governance_object_id")
    private GovernanceObject governanceObject;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    protected RoleAssignment() {
        // for JPA
    }

    private RoleAssignment(Person person, Role role, OrgUnit unit, GovernanceObject object, String assignedBy) {
        if (!person.isActive()) {
            throw new RuleViolationException("error.role.personInactive", person.getFullName());
        }
        this.person = person;
        this.role = role;
        this.unit = unit;
        this.governanceObject = object;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    /** A planning role for a unit, refused if the role is not held for units of that kind. */
    public static RoleAssignment forUnit(Person person, Role role, OrgUnit unit, String assignedBy) {
        if (!role.isPlanningRole() || !role.unitKinds().contains(unit.getKind())) {
            throw new RuleViolationException("error.role.wrongUnitKind", role, unit.getKind());
        }
        if (!unit.isActive()) {
            throw new RuleViolationException("error.role.unitInactive", unit.getName());
        }
        return new RoleAssignment(person, role, unit, null, assignedBy);
    }

    /** A governance role for a governance object, refused if the role is not held for objects of that kind. */
    public static RoleAssignment forObject(Person person, Role role, GovernanceObject object, String assignedBy) {
        if (role.objectKind().filter(kind -> kind == object.getKind()).isEmpty()) {
            throw new RuleViolationException("error.role.wrongObjectKind", role, object.getKind());
        }
        return new RoleAssignment(person, role, null, object, assignedBy);
    }

    /** What the role is held for, as the user knows it. */
    public String targetName() {
        return unit != null ? unit.getName() : governanceObject.getName();
    }

    public Person getPerson() {
        return person;
    }

    public Role getRole() {
        return role;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public GovernanceObject getGovernanceObject() {
        return governanceObject;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
