package se.uniplan.access;

import java.util.Objects;
import se.uniplan.org.OrgUnit;
import se.uniplan.role.Role;

/**
 * One unit role a person holds: for example economist of one department. The role reaches the
 * unit and everything below it. A role held as someone's substitute (vikarie) names that person.
 *
 * @param onBehalfOf the full name of the person this role is held for as substitute, or null
 *                   for the person's own role
 */
public record Grant(Role role, OrgUnit unit, String onBehalfOf) {

    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unit, "unit");
    }

    /** The person's own role. */
    public Grant(Role role, OrgUnit unit) {
        this(role, unit, null);
    }

    public boolean isSubstitute() {
        return onBehalfOf != null;
    }

    /** True if this grant allows {@code action} on {@code target}. */
    public boolean allows(Action action, OrgUnit target) {
        return role.authorities().contains(action) && target.isWithin(unit);
    }
}
