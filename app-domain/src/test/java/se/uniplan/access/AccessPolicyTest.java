package se.uniplan.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uniplan.access.Action.ADMINISTER_INTEGRATIONS;
import static se.uniplan.access.Action.ADMINISTER_ORGANISATION;
import static se.uniplan.access.Action.ADMINISTER_ROUNDS;
import static se.uniplan.access.Action.APPROVE_FINAL;
import static se.uniplan.access.Action.APPROVE_LEVEL_1;
import static se.uniplan.access.Action.APPROVE_LEVEL_2;
import static se.uniplan.access.Action.EDIT_PLAN;
import static se.uniplan.access.Action.VIEW_AUDIT;
import static se.uniplan.access.Action.VIEW_FIGURES;
import static se.uniplan.access.Action.VIEW_UNIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.role.Role;
import se.uniplan.shared.AccessDeniedException;

/**
 * The authority rules of {@link AccessPolicy}: every test actor (one per planning role, one per
 * system role, and one with nothing) is checked against every {@link Action} on every unit of a
 * small in-memory tree, and the answer is compared with a table written out by hand below.
 */
class AccessPolicyTest {

    private static final Set<String> ALL = Set.of("U", "NT", "NT-FYS", "NT-KEM", "HS", "HS-HIS", "HS-PSY",
            "UF", "UF-EKO", "UF-IT");

    /** The test tree, by code: university U → faculties NT, HS and administration UF → departments. */
    private static final Map<String, OrgUnit> UNITS = new LinkedHashMap<>();

    static {
        OrgUnit u = put(OrgUnit.university("U", "Test University"));
        OrgUnit nt = put(OrgUnit.under(u, "NT", "Faculty of Science", OrgUnitKind.FACULTY));
        OrgUnit hs = put(OrgUnit.under(u, "HS", "Faculty of Humanities", OrgUnitKind.FACULTY));
        OrgUnit uf = put(OrgUnit.under(u, "UF", "Central Administration", OrgUnitKind.ADMINISTRATION));
        put(OrgUnit.under(nt, "NT-FYS", "Physics", OrgUnitKind.DEPARTMENT));
        put(OrgUnit.under(nt, "NT-KEM", "Chemistry", OrgUnitKind.DEPARTMENT));
        put(OrgUnit.under(hs, "HS-HIS", "History", OrgUnitKind.DEPARTMENT));
        put(OrgUnit.under(hs, "HS-PSY", "Psychology", OrgUnitKind.DEPARTMENT));
        put(OrgUnit.under(uf, "UF-EKO", "Finance Office", OrgUnitKind.DEPARTMENT));
        put(OrgUnit.under(uf, "UF-IT", "IT Office", OrgUnitKind.DEPARTMENT));
    }

    private static OrgUnit put(OrgUnit unit) {
        UNITS.put(unit.getCode(), unit);
        return unit;
    }

    /** One test actor with the units, per action, on which it must be allowed; global actions use ALL. */
    private record Case(String label, Actor actor, Map<Action, Set<String>> allowed) {

        boolean expected(Action action, String unitCode) {
            return allowed.getOrDefault(action, Set.of()).contains(unitCode);
        }

        boolean expectedGlobal(Action action) {
            return allowed.containsKey(action);
        }
    }

    private static Actor withGrant(Role role, String unitCode) {
        return new Actor(role.name().toLowerCase(), 1L, Set.of(SystemRole.USER),
                List.of(new Grant(role, UNITS.get(unitCode))));
    }

    private static Actor withSystemRole(SystemRole... roles) {
        return new Actor("system-role-holder", null, Set.of(roles), List.of());
    }

    /** The expected-authority table, written independently of the code under test. */
    private static final List<Case> CASES = List.of(
            new Case("economist of NT-FYS", withGrant(Role.ECONOMIST, "NT-FYS"), Map.of(
                    VIEW_UNIT, Set.of("NT-FYS"),
                    VIEW_FIGURES, Set.of("NT-FYS"),
                    EDIT_PLAN, Set.of("NT-FYS"))),
            new Case("department head of HS-HIS", withGrant(Role.DEPARTMENT_HEAD, "HS-HIS"), Map.of(
                    VIEW_UNIT, Set.of("HS-HIS"),
                    VIEW_FIGURES, Set.of("HS-HIS"),
                    APPROVE_LEVEL_1, Set.of("HS-HIS"))),
            new Case("dean of NT", withGrant(Role.GROUP_HEAD, "NT"), Map.of(
                    VIEW_UNIT, Set.of("NT", "NT-FYS", "NT-KEM"),
                    VIEW_FIGURES, Set.of("NT", "NT-FYS", "NT-KEM"),
                    APPROVE_LEVEL_2, Set.of("NT-FYS", "NT-KEM"))),
            new Case("administrative head of UF", withGrant(Role.GROUP_HEAD, "UF"), Map.of(
                    VIEW_UNIT, Set.of("UF", "UF-EKO", "UF-IT"),
                    VIEW_FIGURES, Set.of("UF", "UF-EKO", "UF-IT"),
                    APPROVE_LEVEL_2, Set.of("UF-EKO", "UF-IT"))),
            new Case("university approver", withGrant(Role.UNIVERSITY_APPROVER, "U"), Map.of(
                    VIEW_UNIT, ALL,
                    VIEW_FIGURES, ALL,
                    APPROVE_FINAL, Set.of("U"))),
            new Case("process administrator", withGrant(Role.PROCESS_ADMINISTRATOR, "U"), Map.of(
                    VIEW_UNIT, ALL,
                    VIEW_FIGURES, ALL,
                    ADMINISTER_ROUNDS, Set.of("U"))),
            new Case("system administrator", withSystemRole(SystemRole.ADMINISTRATOR), Map.of(
                    VIEW_UNIT, ALL,
                    ADMINISTER_ORGANISATION, ALL,
                    VIEW_AUDIT, ALL)),
            new Case("integration administrator", withSystemRole(SystemRole.INTEGRATION_ADMINISTRATOR), Map.of(
                    ADMINISTER_INTEGRATIONS, ALL)),
            new Case("plain user", withSystemRole(SystemRole.USER), Map.of()),
            new Case("nobody", withSystemRole(), Map.of()));

    static Stream<Arguments> everyActorActionAndUnit() {
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : CASES) {
            for (Action action : Action.values()) {
                for (OrgUnit unit : UNITS.values()) {
                    arguments.add(Arguments.of(Named.of(c.label(), c), action, Named.of(unit.getCode(), unit)));
                }
            }
        }
        return arguments.stream();
    }

    static Stream<Arguments> everyActorAndGlobalAction() {
        return CASES.stream().flatMap(c -> Arrays.stream(Action.values())
                .filter(action -> !action.isUnitBound())
                .map(action -> Arguments.of(Named.of(c.label(), c), action)));
    }

    static Stream<Arguments> everyActorAndUnitBoundAction() {
        return CASES.stream().flatMap(c -> Arrays.stream(Action.values())
                .filter(Action::isUnitBound)
                .map(action -> Arguments.of(Named.of(c.label(), c), action)));
    }

    @Test
    void theTableCoversEveryPlanningRoleAndEverySystemRole() {
        Set<Role> planningRoles = Arrays.stream(Role.values()).filter(Role::isPlanningRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Role> covered = CASES.stream().flatMap(c -> c.actor().grants().stream()).map(Grant::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertEquals(planningRoles, covered, "a planning role is missing from the authority table");

        Set<SystemRole> systemRoles = CASES.stream().filter(c -> c.actor().grants().isEmpty())
                .flatMap(c -> c.actor().systemRoles().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SystemRole.class)));
        assertEquals(EnumSet.allOf(SystemRole.class), systemRoles, "a system role is missing from the table");

        Set<Action> unitBound = Arrays.stream(Action.values()).filter(Action::isUnitBound)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class)));
        assertEquals(EnumSet.of(VIEW_UNIT, VIEW_FIGURES, EDIT_PLAN, APPROVE_LEVEL_1, APPROVE_LEVEL_2,
                APPROVE_FINAL, ADMINISTER_ROUNDS), unitBound, "the table assumes these unit-bound actions");
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("everyActorActionAndUnit")
    void mayMatchesTheTable(Case c, Action action, OrgUnit unit) {
        boolean expected = c.expected(action, unit.getCode());

        assertEquals(expected, AccessPolicy.may(c.actor(), action, unit));
        assertEquals(expected, c.actor().may(action, unit), "Actor.may must agree with AccessPolicy.may");
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("everyActorActionAndUnit")
    void requireRefusesExactlyWhatMayRefuses(Case c, Action action, OrgUnit unit) {
        if (c.expected(action, unit.getCode())) {
            AccessPolicy.require(c.actor(), action, unit);
            c.actor().require(action, unit);
        } else {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                    () -> AccessPolicy.require(c.actor(), action, unit));
            assertEquals("error.accessDenied", refused.messageKey());
            assertEquals(List.of(action.name()), refused.arguments());
            assertThrows(AccessDeniedException.class, () -> c.actor().require(action, unit));
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("everyActorAndGlobalAction")
    void globalActionsDependOnSystemRolesOnly(Case c, Action action) {
        boolean expected = c.expectedGlobal(action);

        assertEquals(expected, AccessPolicy.may(c.actor(), action));
        assertEquals(expected, c.actor().may(action));
        if (expected) {
            c.actor().require(action);
        } else {
            assertThrows(AccessDeniedException.class, () -> AccessPolicy.require(c.actor(), action));
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("everyActorAndUnitBoundAction")
    void aUnitBoundActionAskedWithoutAUnitIsAProgrammingError(Case c, Action action) {
        assertThrows(IllegalArgumentException.class, () -> AccessPolicy.may(c.actor(), action));
        assertThrows(IllegalArgumentException.class, () -> c.actor().require(action));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void aMissingActorMayNothing(Action action) {
        for (OrgUnit unit : UNITS.values()) {
            assertFalse(AccessPolicy.may(null, action, unit), unit.getCode());
            assertThrows(AccessDeniedException.class, () -> AccessPolicy.require(null, action, unit));
        }
        assertFalse(AccessPolicy.may(null, action));
        assertThrows(AccessDeniedException.class, () -> AccessPolicy.require(null, action));
    }

    @Test
    void aGrantReachesTheSameUnitObjectNotAnotherUnitWithTheSameCode() {
        OrgUnit otherUniversity = OrgUnit.university("U", "Another University");
        OrgUnit otherFaculty = OrgUnit.under(otherUniversity, "NT", "Faculty of Science", OrgUnitKind.FACULTY);
        OrgUnit otherPhysics = OrgUnit.under(otherFaculty, "NT-FYS", "Physics", OrgUnitKind.DEPARTMENT);
        Actor economist = withGrant(Role.ECONOMIST, "NT-FYS");

        assertTrue(economist.may(EDIT_PLAN, UNITS.get("NT-FYS")));
        assertFalse(economist.may(EDIT_PLAN, otherPhysics));
        assertFalse(economist.may(VIEW_UNIT, otherPhysics));
    }

    @Test
    void rolesAddUp() {
        Actor both = new Actor("both", 2L, Set.of(SystemRole.USER, SystemRole.ADMINISTRATOR),
                List.of(new Grant(Role.ECONOMIST, UNITS.get("NT-FYS")), new Grant(Role.DEPARTMENT_HEAD, UNITS.get("NT-KEM"))));

        assertTrue(both.may(EDIT_PLAN, UNITS.get("NT-FYS")));
        assertFalse(both.may(APPROVE_LEVEL_1, UNITS.get("NT-FYS")));
        assertTrue(both.may(APPROVE_LEVEL_1, UNITS.get("NT-KEM")));
        assertFalse(both.may(EDIT_PLAN, UNITS.get("NT-KEM")));
        assertTrue(both.may(VIEW_UNIT, UNITS.get("HS-PSY")), "the administrator sees every unit");
        assertFalse(both.may(VIEW_FIGURES, UNITS.get("HS-PSY")), "but not the figures of units they hold no role for");
        assertTrue(both.may(VIEW_AUDIT));
    }
}
