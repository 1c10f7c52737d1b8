/**
 * What every aggregate shares: identity and optimistic locking, and the business exceptions
 * that form UniPlan's one error path (a message key plus arguments, turned into text by the UI).
 */
package se.uniplan.shared;
