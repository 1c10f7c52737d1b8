package se.uniplan.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanState;
import se.uniplan.role.Role;
import se.uniplan.shared.RuleViolationException;

class PlanningRoundTest {

    private static final FiscalYear YEAR = new FiscalYear("2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    private static final LocalDate NOV = LocalDate.of(2026, 11, 20);

    private static PlanningRound round() {
        return new PlanningRound(RoundKind.BUDGET, YEAR, " Budget 2027 ", Deadlines.none(), "processansvarig");
    }

    @Test
    void aRoundIsPreparedThenOpenedClosedAndReopened() {
        PlanningRound round = round();
        assertEquals("Budget 2027", round.getLabel());
        assertEquals(RoundStatus.PREPARED, round.getStatus());
        assertKey("error.round.notOpen", round::close);
        assertKey("error.round.notClosed", round::reopen);
        round.open();
        assertKey("error.round.notPrepared", round::open);
        round.close();
        assertKey("error.round.notOpen", round::requireOpen);
        round.reopen();
        assertTrue(round.isOpen());
    }

    @Test
    void deadlinesFollowTheChain() {
        assertKey("error.round.deadlineOrder", () -> new Deadlines(NOV, NOV.minusDays(1), null, null));
        assertKey("error.round.deadlineOrder", () -> new Deadlines(NOV, null, null, NOV.minusDays(1)));
        Deadlines ok = new Deadlines(NOV, null, NOV, NOV.plusDays(10));
        assertEquals(NOV, PlanState.DRAFT.deadlineIn(ok).orElseThrow());
        assertTrue(PlanState.REGISTERED.deadlineIn(ok).isEmpty());
        assertEquals(NOV.plusDays(10), PlanState.APPROVED_2.deadlineIn(ok).orElseThrow());
        assertTrue(PlanState.APPROVED_FINAL.deadlineIn(ok).isEmpty());
    }

    @Test
    void theFinalApprovalNeedsTheBoardsDecision() {
        PlanningRound round = round();
        round.open();
        assertKey("error.round.boardDecisionMissing", () -> round.markFinallyApproved("godkannare"));
        assertKey("error.round.boardReferenceRequired", () -> round.recordBoardDecision(NOV, " "));
        assertKey("error.round.boardDateRequired", () -> round.recordBoardDecision(null, "US 2026/1"));
        round.recordBoardDecision(NOV, "US 2026/1");
        round.markFinallyApproved("godkannare");
        assertNotNull(round.getFinalApprovedAt());
        round.withdrawFinalApproval();
        assertNull(round.getFinalApprovedAt());
    }

    @Test
    void aLabelIsRequired() {
        assertKey("error.round.labelRequired",
                () -> new PlanningRound(RoundKind.FORECAST, YEAR, "  ", null, "processansvarig"));
    }

    @Test
    void aPlanIsEditableOnlyAsADraftInAnOpenRound() {
        OrgUnit university = OrgUnit.university("NSU", "Universitetet");
        OrgUnit faculty = OrgUnit.under(university, "HS", "Fakulteten", OrgUnitKind.FACULTY);
        OrgUnit department = OrgUnit.under(faculty, "HS-HIS", "Historia", OrgUnitKind.DEPARTMENT);
        PlanningRound round = round();
        Plan plan = new Plan(round, department, "processansvarig");
        assertKey("error.round.notOpen", plan::requireEditable);
        assertFalse(plan.isEditable());
        round.open();
        plan.requireEditable();
        plan.apply(PlanAction.REGISTER, Role.ECONOMIST.authorities(), null, "ekonom");
        assertEquals(PlanState.REGISTERED, plan.getState());
        assertKey("error.plan.locked", plan::requireEditable);
        plan.apply(PlanAction.SEND_BACK, Role.DEPARTMENT_HEAD.authorities(), "Saknar OH", "avdchef");
        plan.requireEditable();
        assertKey("error.plan.notDepartment", () -> new Plan(round, faculty, "processansvarig"));
    }

    private static void assertKey(String key, Runnable call) {
        assertEquals(key, assertThrows(RuleViolationException.class, call::run).messageKey());
    }
}
