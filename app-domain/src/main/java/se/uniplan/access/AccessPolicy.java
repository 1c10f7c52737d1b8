package se.uniplan.access;

import se.uniplan.org.OrgUnit;
import se.uniplan.shared.AccessDeniedException;

/**
 * The one place that answers "may this person do action A on unit U?". Every service asks it
 * before it reads or changes anything unit-bound, whichever page or REST call started the
 * request, so no path can reach further than the person's authority.
 *
 * <p>The rules:
 * <ul>
 *   <li>a system role (from the server's realm) grants its actions everywhere;</li>
 *   <li>a unit role grants its actions on the unit it is held for and on every unit below it;</li>
 *   <li>an action is only possible on units of the kinds it applies to (level-1 and level-2
 *       approval on departments, final approval on the university);</li>
 *   <li>nothing is possible on a unit without one of the above.</li>
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean may(Actor actor, Action action, OrgUnit unit) {
        if (!action.isUnitBound()) {
            return may(actor, action);
        }
        if (actor == null || unit == null) {
            return false;
        }
        if (!action.appliesTo(unit.getKind())) {
            return false;
        }
        if (actor.systemRoles().stream().anyMatch(role -> role.grants().contains(action))) {
            return true;
        }
        return actor.grants().stream().anyMatch(grant -> grant.allows(action, unit));
    }

    public static boolean may(Actor actor, Action action) {
        if (actor == null) {
            return false;
        }
        if (action.isUnitBound()) {
            throw new IllegalArgumentException(action + " needs a unit");
        }
        return actor.systemRoles().stream().anyMatch(role -> role.grants().contains(action));
    }

    public static void require(Actor actor, Action action, OrgUnit unit) {
        if (!may(actor, action, unit)) {
            throw new AccessDeniedException(action.name());
        }
    }

    public static void require(Actor actor, Action action) {
        if (!may(actor, action)) {
            throw new AccessDeniedException(action.name());
        }
    }
}
