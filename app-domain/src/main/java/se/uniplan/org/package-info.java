/**
 * The organisation tree shared by economic planning and IT governance: the university, its
 * faculties and central administration, and their departments. {@link se.uniplan.org.OrgUnit}
 * guards the tree's shape; {@link se.uniplan.org.OrganisationService} changes it with authority
 * checks and an audit entry for every change.
 */
package se.uniplan.org;
