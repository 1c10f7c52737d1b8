/**
 * Planning rounds (planeringsomgångar): the budget for a year or a forecast within it, the
 * departments that take part, the deadline of each approval level, the board's decision and the
 * status board that shows who is waiting on whom.
 */
package se.uniplan.round;
