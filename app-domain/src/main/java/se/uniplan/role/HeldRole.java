package se.uniplan.role;

import java.util.Locale;
import java.util.Set;
import se.uniplan.access.Action;

/**
 * A role as its holder sees it on the start page: what it is held for, what the organisation
 * says it is responsible for, what UniPlan lets it do, and whether its body is active.
 *
 * @param assignment  the assignment itself
 * @param description the editable text of the role, or null if none is written
 * @param bodyActive  for membership of a body: whether that body is active; otherwise null
 */
public record HeldRole(RoleAssignment assignment, RoleDescription description, Boolean bodyActive) {

    public Role role() {
        return assignment.getRole();
    }

    /** The responsibilities in the reader's language, or an empty text if none is written. */
    public String responsibilities(Locale locale) {
        return description == null ? "" : description.responsibilities(locale);
    }

    /** The actions UniPlan enforces for this role. */
    public Set<Action> authorities() {
        return assignment.getRole().authorities();
    }

    /** True if the role is membership of a body that does not meet at present. */
    public boolean isInInactiveBody() {
        return Boolean.FALSE.equals(bodyActive);
    }
}
