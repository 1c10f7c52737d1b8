package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uniplan.accounting.AccountKind;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.shared.VersionedEntity;

/** A figure booked on a department counts for every unit above it, and for no other. */
class ScopeTest {

    private final OrgUnit university = id(OrgUnit.university("U", "University"), 1);
    private final OrgUnit science = id(OrgUnit.under(university, "NT", "Science", OrgUnitKind.FACULTY), 10);
    private final OrgUnit arts = id(OrgUnit.under(university, "HS", "Arts", OrgUnitKind.FACULTY), 11);
    private final OrgUnit physics = id(OrgUnit.under(science, "NT-FYS", "Physics", OrgUnitKind.DEPARTMENT), 100);
    private final OrgUnit chemistry = id(OrgUnit.under(science, "NT-KEM", "Chemistry", OrgUnitKind.DEPARTMENT), 101);
    private final OrgUnit history = id(OrgUnit.under(arts, "HS-HIS", "History", OrgUnitKind.DEPARTMENT), 104);
    private final List<OrgUnit> all = List.of(university, science, arts, physics, chemistry, history);

    private static Fact cost(Long unit, long amount) {
        return new Fact(unit, null, null, AccountKind.COST, 1, amount);
    }

    private final List<Fact> facts = List.of(cost(100L, 100), cost(101L, 10), cost(104L, 1000), cost(10L, 5), cost(null, 7));

    @Test
    void theUniversityShowsEachFacultyWithItsDepartmentsAndWhatNoUnitHolds() {
        List<FollowUpRow> rows = Scope.units(university, all, List.of()).rollUp().actuals(facts)
                .rows(PeriodView.MONTH, 1, VarianceRule.DEFAULT);
        assertEquals(List.of("NT", "HS"), rows.subList(0, 2).stream().map(FollowUpRow::code).toList());
        assertEquals(-115, rows.get(0).actual(), "physics, chemistry and what the faculty booked itself");
        assertEquals(-1000, rows.get(1).actual());
        assertEquals(RowKind.UNASSIGNED, rows.get(2).kind());
        assertEquals(-7, rows.get(2).actual(), "a line with no cost centre still counts for the university");
    }

    @Test
    void aFacultyShowsItsDepartmentsAndWhatItBookedItselfButNothingOfAnotherFaculty() {
        List<FollowUpRow> rows = Scope.units(science, all, List.of()).rollUp().actuals(facts)
                .rows(PeriodView.MONTH, 1, VarianceRule.DEFAULT);
        assertEquals(List.of("NT-FYS", "NT-KEM"), rows.subList(0, 2).stream().map(FollowUpRow::code).toList());
        assertEquals(-100, rows.get(0).actual());
        assertEquals(-10, rows.get(1).actual());
        assertEquals(RowKind.UNASSIGNED, rows.get(2).kind());
        assertEquals(-5, rows.get(2).actual());
        assertEquals(3, rows.size());
    }

    private static <T extends VersionedEntity> T id(T entity, long id) {
        try {
            Field field = VersionedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
