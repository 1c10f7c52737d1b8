package se.uniplan.plan;

import java.util.EnumSet;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.access.Actor;
import se.uniplan.access.Grant;
import se.uniplan.org.OrgUnit;

/**
 * What a person may do with one plan, as the workflow needs it: the department-bound planning
 * actions on the plan's department and the final approval on the university it belongs to.
 */
public final class PlanAuthority {

    private static final Set<Action> ON_DEPARTMENT = EnumSet.of(Action.VIEW_FIGURES, Action.EDIT_PLAN,
            Action.APPROVE_LEVEL_1, Action.APPROVE_LEVEL_2);

    private PlanAuthority() {
    }

    /** Every planning action {@code actor} may take on {@code plan}. */
    public static Set<Action> of(Actor actor, Plan plan) {
        Set<Action> result = EnumSet.noneOf(Action.class);
        OrgUnit department = plan.getDepartment();
        for (Action action : ON_DEPARTMENT) {
            if (actor.may(action, department)) {
                result.add(action);
            }
        }
        if (actor.may(Action.APPROVE_FINAL, university(department))) {
            result.add(Action.APPROVE_FINAL);
        }
        return result;
    }

    /**
     * Whose behalf {@code action} is taken on when the actor holds it only as a substitute: that
     * person's name, or null when the actor holds it in their own right.
     */
    public static String onBehalfOf(Actor actor, Action action, OrgUnit unit) {
        Actor own = new Actor(actor.username(), actor.personId(), actor.systemRoles(),
                actor.grants().stream().filter(g -> !g.isSubstitute()).toList());
        if (own.may(action, unit)) {
            return null;
        }
        return actor.grants().stream().filter(g -> g.isSubstitute() && g.allows(action, unit))
                .map(Grant::onBehalfOf).findFirst().orElse(null);
    }

    /** The unit an action is checked on for this plan: the university for the final approval. */
    public static OrgUnit unitFor(Action action, Plan plan) {
        return action == Action.APPROVE_FINAL ? university(plan.getDepartment()) : plan.getDepartment();
    }

    /** The root of the tree above {@code unit}. */
    public static OrgUnit university(OrgUnit unit) {
        return unit.path().get(0);
    }
}
