package se.uniplan.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.uniplan.governance.GovernanceObject;
import se.uniplan.governance.GovernanceObjectKind;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.person.Person;
import se.uniplan.shared.RuleViolationException;

/**
 * The rules for giving a person a role ({@link RoleAssignment#forUnit}, {@link RoleAssignment#forObject}):
 * a planning role only for a unit of the kind it is held for, a governance role only for a
 * governance object of its kind, never for an inactive unit, never to an inactive person.
 */
class RoleAssignmentTest {

    /** Where each planning role may be held, written out by hand from DOMAIN.md. */
    private static final Map<Role, Set<OrgUnitKind>> UNIT_KINDS = Map.of(
            Role.PROCESS_ADMINISTRATOR, Set.of(OrgUnitKind.UNIVERSITY),
            Role.ECONOMIST, Set.of(OrgUnitKind.DEPARTMENT),
            Role.DEPARTMENT_HEAD, Set.of(OrgUnitKind.DEPARTMENT),
            Role.GROUP_HEAD, Set.of(OrgUnitKind.FACULTY, OrgUnitKind.ADMINISTRATION),
            Role.UNIVERSITY_APPROVER, Set.of(OrgUnitKind.UNIVERSITY));

    /** Where each governance role may be held; a role in neither map makes the tests fail. */
    private static final Map<Role, GovernanceObjectKind> OBJECT_KINDS = Map.of(
            Role.PROCESS_OWNER, GovernanceObjectKind.PROCESS,
            Role.SYSTEM_OWNER, GovernanceObjectKind.MANAGED_OBJECT,
            Role.SYSTEM_ADMINISTRATOR, GovernanceObjectKind.MANAGED_OBJECT,
            Role.SUPERUSER, GovernanceObjectKind.MANAGED_OBJECT,
            Role.USER_COUNCIL_MEMBER, GovernanceObjectKind.MANAGED_OBJECT,
            Role.E_COORDINATOR, GovernanceObjectKind.E_AREA,
            Role.STEERING_GROUP_MEMBER, GovernanceObjectKind.E_AREA);

    private static final OrgUnit UNIVERSITY = OrgUnit.university("U", "Test University");
    private static final Map<OrgUnitKind, OrgUnit> UNIT_OF_KIND = Map.of(
            OrgUnitKind.UNIVERSITY, UNIVERSITY,
            OrgUnitKind.FACULTY, OrgUnit.under(UNIVERSITY, "NT", "Faculty of Science", OrgUnitKind.FACULTY),
            OrgUnitKind.ADMINISTRATION, OrgUnit.under(UNIVERSITY, "UF", "Central Administration", OrgUnitKind.ADMINISTRATION));
    private static final OrgUnit DEPARTMENT =
            OrgUnit.under(UNIT_OF_KIND.get(OrgUnitKind.FACULTY), "NT-FYS", "Physics", OrgUnitKind.DEPARTMENT);

    private Person person;

    @BeforeEach
    void newPerson() {
        person = new Person("test.person", "Test Person", "test.person@example.org");
    }

    private static OrgUnit unitOf(OrgUnitKind kind) {
        return kind == OrgUnitKind.DEPARTMENT ? DEPARTMENT : UNIT_OF_KIND.get(kind);
    }

    static Stream<Arguments> everyRoleAndUnitKind() {
        List<Arguments> arguments = new ArrayList<>();
        for (Role role : Role.values()) {
            for (OrgUnitKind kind : OrgUnitKind.values()) {
                arguments.add(Arguments.of(role, kind));
            }
        }
        return arguments.stream();
    }

    static Stream<Arguments> everyRoleAndObjectKind() {
        List<Arguments> arguments = new ArrayList<>();
        for (Role role : Role.values()) {
            for (GovernanceObjectKind kind : GovernanceObjectKind.values()) {
                arguments.add(Arguments.of(role, kind));
            }
        }
        return arguments.stream();
    }

    @Test
    void everyRoleIsEitherAPlanningOrAGovernanceRoleInTheTables() {
        for (Role role : Role.values()) {
            boolean planning = UNIT_KINDS.containsKey(role);
            assertEquals(planning, !OBJECT_KINDS.containsKey(role), role + " must be in exactly one table");
            assertEquals(planning, role.isPlanningRole(), role.name());
        }
    }

    @ParameterizedTest(name = "{0} for a {1}")
    @MethodSource("everyRoleAndUnitKind")
    void aRoleIsHeldOnlyForAUnitOfItsKind(Role role, OrgUnitKind kind) {
        OrgUnit unit = unitOf(kind);
        boolean allowed = UNIT_KINDS.getOrDefault(role, Set.of()).contains(kind);

        if (allowed) {
            RoleAssignment assignment = RoleAssignment.forUnit(person, role, unit, "admin");
            assertSame(person, assignment.getPerson());
            assertEquals(role, assignment.getRole());
            assertSame(unit, assignment.getUnit());
            assertNull(assignment.getGovernanceObject());
        } else {
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> RoleAssignment.forUnit(person, role, unit, "admin"));
            assertEquals("error.role.wrongUnitKind", e.messageKey());
            assertEquals(List.of(role, kind), e.arguments());
        }
    }

    @ParameterizedTest(name = "{0} for a {1}")
    @MethodSource("everyRoleAndObjectKind")
    void aRoleIsHeldOnlyForAGovernanceObjectOfItsKind(Role role, GovernanceObjectKind kind) {
        GovernanceObject object = new GovernanceObject("OBJ", "Test Object", kind);

        if (OBJECT_KINDS.get(role) == kind) {
            RoleAssignment assignment = RoleAssignment.forObject(person, role, object, "admin");
            assertSame(object, assignment.getGovernanceObject());
            assertNull(assignment.getUnit());
            assertEquals("Test Object", assignment.targetName());
        } else {
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> RoleAssignment.forObject(person, role, object, "admin"));
            assertEquals("error.role.wrongObjectKind", e.messageKey());
            assertEquals(List.of(role, kind), e.arguments());
        }
    }

    @Test
    void anEconomistIsNotHeldForAFaculty() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RoleAssignment.forUnit(person, Role.ECONOMIST, unitOf(OrgUnitKind.FACULTY), "admin"));
        assertEquals("error.role.wrongUnitKind", e.messageKey());
    }

    @Test
    void aGroupHeadIsNotHeldForADepartment() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RoleAssignment.forUnit(person, Role.GROUP_HEAD, DEPARTMENT, "admin"));
        assertEquals("error.role.wrongUnitKind", e.messageKey());
    }

    @Test
    void anECoordinatorIsNotHeldForAManagedObject() {
        GovernanceObject system = new GovernanceObject("SYS", "Test System", GovernanceObjectKind.MANAGED_OBJECT);

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RoleAssignment.forObject(person, Role.E_COORDINATOR, system, "admin"));
        assertEquals("error.role.wrongObjectKind", e.messageKey());
    }

    @Test
    void anAssignmentRecordsWhoMadeItAndWhen() {
        Instant before = Instant.now();
        RoleAssignment assignment = RoleAssignment.forUnit(person, Role.ECONOMIST, DEPARTMENT, "admin.user");

        assertEquals("admin.user", assignment.getAssignedBy());
        assertNotNull(assignment.getAssignedAt());
        assertEquals(false, assignment.getAssignedAt().isBefore(before));
        assertEquals("Physics", assignment.targetName());
    }

    @Test
    void noRoleForAnInactiveUnit() {
        OrgUnit faculty = unitOf(OrgUnitKind.FACULTY);
        OrgUnit closed = OrgUnit.under(faculty, "NT-OLD", "Closed Department", OrgUnitKind.DEPARTMENT);
        closed.deactivate(List.of());

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RoleAssignment.forUnit(person, Role.ECONOMIST, closed, "admin"));
        assertEquals("error.role.unitInactive", e.messageKey());
        assertEquals(List.of("Closed Department"), e.arguments());
    }

    @Test
    void noUnitRoleForAnInactivePerson() {
        person.update("Test Person", null, false);

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RoleAssignment.forUnit(person, Role.ECONOMIST, DEPARTMENT, "admin"));
        assertEquals("error.role.personInactive", e.messageKey());
        assertEquals(List.of("Test Person"), e.arguments());
    }

    @Test
    void noGovernanceRoleForAnInactivePerson() {
        person.update("Test Person", null, false);
        GovernanceObject system = new GovernanceObject("SYS", "Test System", GovernanceObjectKind.MANAGED_OBJECT);

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> RoleAssignment.forObject(person, Role.SYSTEM_OWNER, system, "admin"));
        assertEquals("error.role.personInactive", e.messageKey());
    }
}
