package se.uniplan.plan;

import java.time.LocalDate;

/**
 * A plan waiting for the current user: the step they can take next, the step's deadline and,
 * when they hold the role as a substitute, for whom.
 */
public record Task(Plan plan, PlanAction step, LocalDate deadline, boolean overdue, String onBehalfOf) {
}
