package se.uniplan.plan;

import java.util.EnumSet;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.round.RoundStatus;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.RuleViolationException;

/**
 * The approval chain as a state machine: draft → registered (economist) → approved at level 1
 * (department head) → approved at level 2 (dean or administrative head) → approved at the
 * university level. The rules:
 * <ul>
 *   <li>nothing happens to a plan unless its round is open;</li>
 *   <li>figures change only in a draft, by someone who may edit the department's plan;</li>
 *   <li>each approval is taken by the level whose step is next;</li>
 *   <li>that same level may send the plan back to the economist (to draft), with a comment;</li>
 *   <li>an approved plan is reopened only by a level above the one that approved it, with a
 *       reason, and returns to the level below; the university level, having no level above,
 *       reopens its own final approval.</li>
 * </ul>
 * Checks run in that order, so a refusal names the first rule broken: a closed round, then a
 * wrong state, then a missing authority, then a missing comment.
 */
public final class PlanWorkflow {

    private PlanWorkflow() {
    }

    /**
     * The state {@code action} leads to, or a refusal.
     *
     * @param round       the status of the plan's round
     * @param state       the plan's state now
     * @param action      what the person asks for
     * @param authorities the actions the person may take on the plan's department (for
     *                    {@link Action#APPROVE_FINAL}: on the university)
     * @param comment     the comment given with the action, if any
     * @throws RuleViolationException when the round or state does not allow the action, or a
     *                                required comment is missing
     * @throws AccessDeniedException  when the person lacks the authority for the step
     */
    public static PlanState next(RoundStatus round, PlanState state, PlanAction action, Set<Action> authorities,
                                 String comment) {
        if (round != RoundStatus.OPEN) {
            throw new RuleViolationException("error.round.notOpenForPlans");
        }
        Set<Action> required = requiredAuthority(state, action);
        if (required.isEmpty()) {
            throw new RuleViolationException("error.plan.wrongState", action, state);
        }
        if (required.stream().noneMatch(authorities::contains)) {
            throw new AccessDeniedException(action.name());
        }
        if (action.needsComment() && (comment == null || comment.isBlank())) {
            throw new RuleViolationException("error.plan.commentRequired");
        }
        return target(state, action);
    }

    /** True if {@link #next} would allow it; for pages that show only the buttons that work. */
    public static boolean allows(RoundStatus round, PlanState state, PlanAction action, Set<Action> authorities) {
        return round == RoundStatus.OPEN
                && requiredAuthority(state, action).stream().anyMatch(authorities::contains);
    }

    /** Any one of these authorities allows {@code action} from {@code state}; empty if the state never does. */
    static Set<Action> requiredAuthority(PlanState state, PlanAction action) {
        return switch (action) {
            case EDIT, REGISTER -> state == PlanState.DRAFT ? EnumSet.of(Action.EDIT_PLAN) : Set.of();
            case APPROVE_1 -> state == PlanState.REGISTERED ? EnumSet.of(Action.APPROVE_LEVEL_1) : Set.of();
            case APPROVE_2 -> state == PlanState.APPROVED_1 ? EnumSet.of(Action.APPROVE_LEVEL_2) : Set.of();
            case APPROVE_FINAL -> state == PlanState.APPROVED_2 ? EnumSet.of(Action.APPROVE_FINAL) : Set.of();
            case SEND_BACK -> nextDecider(state);
            case REOPEN -> switch (state) {
                case APPROVED_1 -> EnumSet.of(Action.APPROVE_LEVEL_2, Action.APPROVE_FINAL);
                case APPROVED_2, APPROVED_FINAL -> EnumSet.of(Action.APPROVE_FINAL);
                default -> Set.of();
            };
        };
    }

    private static Set<Action> nextDecider(PlanState state) {
        return switch (state) {
            case REGISTERED -> EnumSet.of(Action.APPROVE_LEVEL_1);
            case APPROVED_1 -> EnumSet.of(Action.APPROVE_LEVEL_2);
            case APPROVED_2 -> EnumSet.of(Action.APPROVE_FINAL);
            default -> Set.of();
        };
    }

    private static PlanState target(PlanState state, PlanAction action) {
        return switch (action) {
            case EDIT -> state;
            case REGISTER -> PlanState.REGISTERED;
            case APPROVE_1 -> PlanState.APPROVED_1;
            case APPROVE_2 -> PlanState.APPROVED_2;
            case APPROVE_FINAL -> PlanState.APPROVED_FINAL;
            case SEND_BACK -> PlanState.DRAFT;
            case REOPEN -> state.below();
        };
    }
}
