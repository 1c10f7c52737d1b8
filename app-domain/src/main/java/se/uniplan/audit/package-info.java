/**
 * The audit trail shared by planning and governance: every change to the organisation, people,
 * roles and governance bodies is one insert-only {@link se.uniplan.audit.AuditEntry}.
 */
package se.uniplan.audit;
