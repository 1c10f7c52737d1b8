/**
 * Roles and who holds them: {@link se.uniplan.role.Role} names each role and the authorities it
 * carries, {@link se.uniplan.role.RoleAssignment} ties a person to a role for a unit or a
 * governance object, and {@link se.uniplan.role.RoleDescription} holds the editable text.
 */
package se.uniplan.role;
