/** Backing beans of the pages under webapp/units/. */
package se.uniplan.web.units;
