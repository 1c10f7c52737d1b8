package se.uniplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.uniplan.access.Action;
import se.uniplan.role.Role;
import se.uniplan.round.RoundStatus;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.BusinessException;
import se.uniplan.shared.RuleViolationException;

/**
 * The approval chain, exhaustively: every round status × every plan state × every action × every
 * planning role (and nobody) × with and without a comment, against a table of the allowed steps
 * written out by hand from DOMAIN.md, independently of {@link PlanWorkflow}'s own switch.
 */
class PlanWorkflowTest {

    /** Who may take which step from which state in an open round, and where it leads. */
    private static final List<Step> ALLOWED = List.of(
            new Step(PlanState.DRAFT, PlanAction.EDIT, Role.ECONOMIST, PlanState.DRAFT),
            new Step(PlanState.DRAFT, PlanAction.REGISTER, Role.ECONOMIST, PlanState.REGISTERED),
            new Step(PlanState.REGISTERED, PlanAction.APPROVE_1, Role.DEPARTMENT_HEAD, PlanState.APPROVED_1),
            new Step(PlanState.REGISTERED, PlanAction.SEND_BACK, Role.DEPARTMENT_HEAD, PlanState.DRAFT),
            new Step(PlanState.APPROVED_1, PlanAction.APPROVE_2, Role.GROUP_HEAD, PlanState.APPROVED_2),
            new Step(PlanState.APPROVED_1, PlanAction.SEND_BACK, Role.GROUP_HEAD, PlanState.DRAFT),
            new Step(PlanState.APPROVED_1, PlanAction.REOPEN, Role.GROUP_HEAD, PlanState.REGISTERED),
            new Step(PlanState.APPROVED_1, PlanAction.REOPEN, Role.UNIVERSITY_APPROVER, PlanState.REGISTERED),
            new Step(PlanState.APPROVED_2, PlanAction.APPROVE_FINAL, Role.UNIVERSITY_APPROVER, PlanState.APPROVED_FINAL),
            new Step(PlanState.APPROVED_2, PlanAction.SEND_BACK, Role.UNIVERSITY_APPROVER, PlanState.DRAFT),
            new Step(PlanState.APPROVED_2, PlanAction.REOPEN, Role.UNIVERSITY_APPROVER, PlanState.APPROVED_1),
            new Step(PlanState.APPROVED_FINAL, PlanAction.REOPEN, Role.UNIVERSITY_APPROVER, PlanState.APPROVED_2));

    private record Step(PlanState from, PlanAction action, Role role, PlanState to) {
    }

    /** A person holding no planning role at all. */
    private static final String NOBODY = "NOBODY";

    static Stream<Arguments> everyCase() {
        List<Arguments> cases = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        roles.add(NOBODY);
        for (Role role : Role.values()) {
            if (role.isPlanningRole()) {
                roles.add(role.name());
            }
        }
        for (RoundStatus round : RoundStatus.values()) {
            for (PlanState state : PlanState.values()) {
                for (PlanAction action : PlanAction.values()) {
                    for (String role : roles) {
                        for (boolean withComment : new boolean[] {true, false}) {
                            cases.add(Arguments.of(round, state, action, role, withComment));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} by {3}, comment {4}")
    @MethodSource("everyCase")
    void everyStateActionAndRole(RoundStatus round, PlanState state, PlanAction action, String roleName,
                                 boolean withComment) {
        Set<Action> authorities = NOBODY.equals(roleName) ? EnumSet.noneOf(Action.class)
                : Role.valueOf(roleName).authorities();
        String comment = withComment ? "Se över lönerna" : "  ";

        if (round != RoundStatus.OPEN) {
            assertRefused(RuleViolationException.class, "error.round.notOpenForPlans",
                    () -> PlanWorkflow.next(round, state, action, authorities, comment));
            return;
        }
        boolean anyoneMay = ALLOWED.stream().anyMatch(s -> s.from() == state && s.action() == action);
        if (!anyoneMay) {
            assertRefused(RuleViolationException.class, "error.plan.wrongState",
                    () -> PlanWorkflow.next(round, state, action, authorities, comment));
            return;
        }
        Step allowed = ALLOWED.stream()
                .filter(s -> s.from() == state && s.action() == action && !NOBODY.equals(roleName)
                        && s.role() == Role.valueOf(roleName))
                .findFirst().orElse(null);
        if (allowed == null) {
            assertRefused(AccessDeniedException.class, "error.accessDenied",
                    () -> PlanWorkflow.next(round, state, action, authorities, comment));
            return;
        }
        boolean needsComment = action == PlanAction.SEND_BACK || action == PlanAction.REOPEN;
        if (needsComment && !withComment) {
            assertRefused(RuleViolationException.class, "error.plan.commentRequired",
                    () -> PlanWorkflow.next(round, state, action, authorities, comment));
            return;
        }
        assertEquals(allowed.to(), PlanWorkflow.next(round, state, action, authorities, comment));
        assertTrue(PlanWorkflow.allows(round, state, action, authorities));
    }

    @Test
    void coversEveryCombination() {
        long planningRoles = Stream.of(Role.values()).filter(Role::isPlanningRole).count();
        assertEquals(RoundStatus.values().length * PlanState.values().length * PlanAction.values().length
                * (planningRoles + 1) * 2, everyCase().count());
    }

    @Test
    void onlyADraftIsUnlocked() {
        for (PlanState state : PlanState.values()) {
            assertEquals(state != PlanState.DRAFT, state.isLocked(), state.name());
        }
    }

    @Test
    void eachStateWaitsOnTheNextLevel() {
        Map<PlanState, Role> expected = Map.of(PlanState.DRAFT, Role.ECONOMIST,
                PlanState.REGISTERED, Role.DEPARTMENT_HEAD, PlanState.APPROVED_1, Role.GROUP_HEAD,
                PlanState.APPROVED_2, Role.UNIVERSITY_APPROVER);
        for (PlanState state : PlanState.values()) {
            assertEquals(expected.get(state), state.waitingOn().orElse(null), state.name());
        }
    }

    @Test
    void reopeningReturnsToTheLevelBelow() {
        assertEquals(PlanState.APPROVED_2, PlanState.APPROVED_FINAL.below());
        assertEquals(PlanState.APPROVED_1, PlanState.APPROVED_2.below());
        assertEquals(PlanState.REGISTERED, PlanState.APPROVED_1.below());
        assertEquals(PlanState.DRAFT, PlanState.REGISTERED.below());
        assertThrows(IllegalStateException.class, PlanState.DRAFT::below);
    }

    private static void assertRefused(Class<? extends BusinessException> type, String key, Runnable call) {
        BusinessException e = assertThrows(type, call::run);
        assertEquals(key, e.messageKey());
    }
}
