package se.uniplan.round;

import java.time.LocalDate;
import java.util.List;
import se.uniplan.org.OrgUnit;
import se.uniplan.plan.Plan;
import se.uniplan.role.Role;

/**
 * One line of a round's status board: a department's plan, how far it has come, who it waits on
 * and by when.
 *
 * @param group      the faculty or administration the department belongs to
 * @param waitingOn  the role whose step is next, or null when the plan is finally approved
 * @param waitingFor the people holding that role, each with today's substitutes
 * @param deadline   the next step's deadline, if the round set one
 * @param overdue    true if the deadline has passed
 * @param revenue    the plan's revenues in kronor
 * @param cost       the plan's costs in kronor
 */
public record BoardRow(Plan plan, OrgUnit group, Role waitingOn, List<Waiting> waitingFor, LocalDate deadline,
                       boolean overdue, long revenue, long cost) {

    /** A person whose step is next, and who stands in for them today. */
    public record Waiting(String name, List<String> substitutes) {
    }

    public long result() {
        return revenue - cost;
    }
}
