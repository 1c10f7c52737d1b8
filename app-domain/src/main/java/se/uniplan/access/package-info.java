/**
 * Authority: who may do what on which unit. {@link se.uniplan.access.AccessPolicy} holds the
 * rules in one place; {@link se.uniplan.access.CurrentActor} builds the {@link se.uniplan.access.Actor}
 * of the running request from the server's security context and UniPlan's role assignments.
 */
package se.uniplan.access;
