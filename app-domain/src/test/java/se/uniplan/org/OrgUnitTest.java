package se.uniplan.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.uniplan.shared.RuleViolationException;

/**
 * The shape rules of the organisation tree held by {@link OrgUnit}: which kind may sit under
 * which, no cycles and no inactive parents on a move, valid names and codes, deactivation only
 * bottom-up and never of the root, reactivation only under an active parent, and the root-first path.
 */
class OrgUnitTest {

    private OrgUnit university;
    private OrgUnit science;
    private OrgUnit humanities;
    private OrgUnit administration;
    private OrgUnit physics;
    private OrgUnit finance;

    @BeforeEach
    void buildTree() {
        university = OrgUnit.university("U", "Test University");
        science = OrgUnit.under(university, "NT", "Faculty of Science", OrgUnitKind.FACULTY);
        humanities = OrgUnit.under(university, "HS", "Faculty of Humanities", OrgUnitKind.FACULTY);
        administration = OrgUnit.under(university, "UF", "Central Administration", OrgUnitKind.ADMINISTRATION);
        physics = OrgUnit.under(science, "NT-FYS", "Physics", OrgUnitKind.DEPARTMENT);
        finance = OrgUnit.under(administration, "UF-EKO", "Finance Office", OrgUnitKind.DEPARTMENT);
    }

    private static RuleViolationException refused(String expectedKey, Executable change) {
        RuleViolationException e = assertThrows(RuleViolationException.class, change);
        assertEquals(expectedKey, e.messageKey());
        return e;
    }

    // --- creation ---------------------------------------------------------------------------

    @Test
    void codeIsTrimmedAndUpperCasedAndNameTrimmed() {
        OrgUnit unit = OrgUnit.under(science, "  nt-kem ", "  Chemistry  ", OrgUnitKind.DEPARTMENT);

        assertEquals("NT-KEM", unit.getCode());
        assertEquals("Chemistry", unit.getName());
        assertEquals(OrgUnitKind.DEPARTMENT, unit.getKind());
        assertSame(science, unit.getParent());
        assertTrue(unit.isActive());
        assertEquals("U", OrgUnit.university(" u ", "Test University").getCode());
    }

    @Test
    void aNewUnitIsActiveAndTheRootHasNoParent() {
        assertTrue(university.isActive());
        assertNull(university.getParent());
        assertEquals(OrgUnitKind.UNIVERSITY, university.getKind());
    }

    @Test
    void departmentsSitUnderFacultiesAndTheAdministration() {
        assertSame(science, physics.getParent());
        assertSame(administration, finance.getParent());
    }

    @Test
    void aDepartmentCannotSitDirectlyUnderTheUniversityOrUnderAnotherDepartment() {
        RuleViolationException e = refused("error.org.wrongParentKind",
                () -> OrgUnit.under(university, "X", "Loose Department", OrgUnitKind.DEPARTMENT));
        assertEquals(List.of(OrgUnitKind.DEPARTMENT, OrgUnitKind.UNIVERSITY), e.arguments());

        refused("error.org.wrongParentKind", () -> OrgUnit.under(physics, "X", "Sub-department", OrgUnitKind.DEPARTMENT));
    }

    @ParameterizedTest
    @EnumSource(value = OrgUnitKind.class, names = {"FACULTY", "ADMINISTRATION"})
    void aGroupSitsOnlyUnderTheUniversity(OrgUnitKind kind) {
        refused("error.org.wrongParentKind", () -> OrgUnit.under(science, "X", "Group in a group", kind));
        refused("error.org.wrongParentKind", () -> OrgUnit.under(administration, "X", "Group in a group", kind));
        refused("error.org.wrongParentKind", () -> OrgUnit.under(physics, "X", "Group in a department", kind));
    }

    @ParameterizedTest
    @EnumSource(OrgUnitKind.class)
    void thereIsNoSecondRoot(OrgUnitKind parentKind) {
        OrgUnit parent = switch (parentKind) {
            case UNIVERSITY -> university;
            case FACULTY -> science;
            case ADMINISTRATION -> administration;
            case DEPARTMENT -> physics;
        };
        refused("error.org.secondRoot", () -> OrgUnit.under(parent, "U2", "Second University", OrgUnitKind.UNIVERSITY));
    }

    @Test
    void aUnitCannotBeCreatedUnderAnInactiveParent() {
        physics.deactivate(List.of());
        science.deactivate(List.of(physics));

        refused("error.org.parentInactive", () -> OrgUnit.under(science, "NT-KEM", "Chemistry", OrgUnitKind.DEPARTMENT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void codeAndNameAreRequired(String blank) {
        refused("error.org.codeRequired", () -> OrgUnit.under(science, blank, "Chemistry", OrgUnitKind.DEPARTMENT));
        refused("error.org.nameRequired", () -> OrgUnit.under(science, "NT-KEM", blank, OrgUnitKind.DEPARTMENT));
        refused("error.org.nameRequired", () -> OrgUnit.university("U", blank));
    }

    // --- rename -----------------------------------------------------------------------------

    @Test
    void renameTrims() {
        physics.rename("  Physics and Astronomy ");

        assertEquals("Physics and Astronomy", physics.getName());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void renameRefusesABlankName(String blank) {
        refused("error.org.nameRequired", () -> physics.rename(blank));
        assertEquals("Physics", physics.getName());
    }

    @Test
    void renameAcceptsTheMaximumLengthAndRefusesOneMore() {
        physics.rename("p".repeat(OrgUnit.MAX_NAME));
        assertEquals(200, physics.getName().length());

        RuleViolationException e = refused("error.org.nameTooLong", () -> physics.rename("q".repeat(201)));
        assertEquals(List.of(200), e.arguments());
        assertEquals("p".repeat(200), physics.getName());
    }

    @Test
    void surroundingSpaceDoesNotCountTowardsTheLength() {
        physics.rename("  " + "p".repeat(200) + "  ");

        assertEquals("p".repeat(200), physics.getName());
    }

    // --- move -------------------------------------------------------------------------------

    @Test
    void aDepartmentMovesToAnotherGroupAndItsPathFollows() {
        physics.moveTo(humanities);

        assertSame(humanities, physics.getParent());
        assertEquals(List.of(university, humanities, physics), physics.path());
        assertFalse(physics.isWithin(science));
    }

    @Test
    void aDepartmentCannotMoveUnderTheUniversityOrADepartment() {
        refused("error.org.wrongParentKind", () -> physics.moveTo(university));
        refused("error.org.wrongParentKind", () -> physics.moveTo(finance));
        assertSame(science, physics.getParent());
    }

    @Test
    void aFacultyCannotMoveUnderAnotherFaculty() {
        refused("error.org.wrongParentKind", () -> science.moveTo(humanities));
        assertSame(university, science.getParent());
    }

    @Test
    void aUnitCannotMoveOntoItself() {
        refused("error.org.cycle", () -> physics.moveTo(physics));
        refused("error.org.cycle", () -> science.moveTo(science));
        assertSame(science, physics.getParent());
        assertSame(university, science.getParent());
    }

    @Test
    void aFacultyCannotMoveUnderItsOwnDepartment() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> science.moveTo(physics));

        assertEquals("error.org.cycle", e.messageKey());
        assertSame(university, science.getParent());
        assertEquals(List.of(university, science, physics), physics.path());
    }

    @Test
    void theRootCannotMove() {
        refused("error.org.rootCannotMove", () -> university.moveTo(science));
        assertNull(university.getParent());
    }

    @Test
    void aUnitCannotMoveUnderAnInactiveParent() {
        OrgUnit history = OrgUnit.under(humanities, "HS-HIS", "History", OrgUnitKind.DEPARTMENT);
        history.deactivate(List.of());
        humanities.deactivate(List.of(history));

        refused("error.org.parentInactive", () -> physics.moveTo(humanities));
        assertSame(science, physics.getParent());
    }

    // --- deactivate / reactivate ------------------------------------------------------------

    @Test
    void aUnitWithAnActiveChildCannotBeDeactivated() {
        refused("error.org.activeChildren", () -> science.deactivate(List.of(physics)));
        assertTrue(science.isActive());
    }

    @Test
    void deactivationGoesBottomUp() {
        physics.deactivate(List.of());
        science.deactivate(List.of(physics));

        assertFalse(physics.isActive());
        assertFalse(science.isActive());
    }

    @Test
    void theRootCannotBeDeactivated() {
        refused("error.org.rootCannotDeactivate", () -> university.deactivate(List.of()));
        assertTrue(university.isActive());
    }

    @Test
    void aUnitCannotBeReactivatedUnderAnInactiveParent() {
        physics.deactivate(List.of());
        science.deactivate(List.of(physics));

        refused("error.org.parentInactive", physics::reactivate);
        assertFalse(physics.isActive());

        science.reactivate();
        physics.reactivate();
        assertTrue(science.isActive());
        assertTrue(physics.isActive());
    }

    // --- path and containment ---------------------------------------------------------------

    @Test
    void pathRunsFromTheRootDown() {
        assertEquals(List.of(university, science, physics), physics.path());
        assertEquals(List.of(university, administration), administration.path());
        assertEquals(List.of(university), university.path());
    }

    @Test
    void isWithinFollowsTheParentChain() {
        assertTrue(physics.isWithin(physics));
        assertTrue(physics.isWithin(science));
        assertTrue(physics.isWithin(university));
        assertFalse(physics.isWithin(humanities));
        assertFalse(physics.isWithin(finance));
        assertFalse(science.isWithin(physics));
        assertFalse(university.isWithin(science));
    }
}
