/**
 * A department's plan in a planning round: revenues and costs per activity, account and month,
 * the approval chain from the economist to the university level ({@link se.uniplan.plan.PlanWorkflow}),
 * the lock on approved figures, comments, snapshots taken at every approval, and spreading keys.
 */
package se.uniplan.plan;
