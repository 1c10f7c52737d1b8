/** Backing beans of the pages under webapp/it/. */
package se.uniplan.web.it;
