package se.uniplan.access;

import java.util.List;
import java.util.Set;
import se.uniplan.org.OrgUnit;

/**
 * The person behind a request, with everything the authority check needs: their system roles
 * from the application server and their unit roles from UniPlan's data.
 *
 * @param username    the login name the realm authenticated
 * @param personId    the matching person in UniPlan, or null if the login has no person record
 * @param systemRoles the server-granted roles
 * @param grants      the unit roles the person holds
 */
public record Actor(String username, Long personId, Set<SystemRole> systemRoles, List<Grant> grants) {

    public Actor {
        systemRoles = Set.copyOf(systemRoles);
        grants = List.copyOf(grants);
    }

    /** May this person do {@code action} on {@code unit}? */
    public boolean may(Action action, OrgUnit unit) {
        return AccessPolicy.may(this, action, unit);
    }

    /** May this person do the global {@code action}? */
    public boolean may(Action action) {
        return AccessPolicy.may(this, action);
    }

    /** Refuses with {@link se.uniplan.shared.AccessDeniedException} unless {@link #may(Action, OrgUnit)}. */
    public void require(Action action, OrgUnit unit) {
        AccessPolicy.require(this, action, unit);
    }

    /** Refuses with {@link se.uniplan.shared.AccessDeniedException} unless {@link #may(Action)}. */
    public void require(Action action) {
        AccessPolicy.require(this, action);
    }

    public boolean has(SystemRole role) {
        return systemRoles.contains(role);
    }
}
