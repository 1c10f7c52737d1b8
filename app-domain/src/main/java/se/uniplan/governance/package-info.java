/**
 * Governance objects (processes, managed objects, e-areas) and their collective bodies (user
 * councils, steering groups), which governance roles are held for.
 */
package se.uniplan.governance;
