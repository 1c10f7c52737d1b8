/** The people who work in UniPlan, matched to the realm's logins by username. */
package se.uniplan.person;
