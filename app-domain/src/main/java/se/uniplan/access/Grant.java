package se.uniplan.access;

import java.util.Objects;
import se.uniplan.org.OrgUnit;
import se.uniplan.role.Role;

/**
 * One unit role a person holds: for example economist of one department. The role reaches the
 * unit and everything below it.
 */
public record Grant(Role role, OrgUnit unit) {

    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unit, "unit");
    }

    /** True if this grant allows {@code action} on {@code target}. */
    public boolean allows(Action action, OrgUnit target) {
        return role.authorities().contains(action) && target.isWithin(unit);
    }
}
