/**
 * Follow-up (uppföljning): the ledger's actuals against the budget and the latest forecast of a
 * fiscal year, at any unit of the tree, per month, year to date or full year, with variances that
 * are coloured by thresholds, a monthly series for the chart, the transactions behind a number,
 * and the forecast proposal (actuals to date plus the budget for the rest of the year).
 *
 * <p>The rules (periods, variance, levels, roll-up) are plain classes tested without a database;
 * {@link se.uniplan.followup.FollowUpRepository} reads the ledger's aggregates and the plans in SQL,
 * and {@link se.uniplan.followup.FollowUpService} checks authority and puts the two together.
 */
package se.uniplan.followup;
