/** Backing beans of the pages under plans/: a department's plan in a planning round. */
package se.uniplan.web.plans;
