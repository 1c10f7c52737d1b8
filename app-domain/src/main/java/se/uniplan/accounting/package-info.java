/** The chart of accounts and the fiscal years: reference data for plans and actuals. */
package se.uniplan.accounting;
