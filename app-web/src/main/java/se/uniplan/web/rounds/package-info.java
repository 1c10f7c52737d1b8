/** Backing beans of rounds/*.xhtml: the planning rounds, their status board and roll-up. */
package se.uniplan.web.rounds;
