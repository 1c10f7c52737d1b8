/** Backing beans of the pages under webapp/admin/. */
package se.uniplan.web.admin;
