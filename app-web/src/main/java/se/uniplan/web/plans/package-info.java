/** Backing beans of plans/*.xhtml: a department plan's review and approval, its grid and its xlsx. */
package se.uniplan.web.plans;
