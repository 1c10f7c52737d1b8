package se.uniplan.plan;

/**
 * A CDI event fired when a plan moves along its approval chain; observers such as the e-mail
 * notifier act on it after the transaction has committed.
 *
 * @param planId     the plan
 * @param label      what users call the plan
 * @param action     the step taken
 * @param from       the state before
 * @param to         the state after
 * @param actor      who took it
 * @param onBehalfOf whose role a substitute used, or null
 * @param comment    the comment given, if any
 */
public record PlanStepTaken(long planId, String label, PlanAction action, PlanState from, PlanState to,
                            String actor, String onBehalfOf, String comment) {
}
