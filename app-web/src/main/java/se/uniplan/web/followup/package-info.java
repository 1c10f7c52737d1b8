/** followup/index.xhtml: actuals against budget and forecast, drilled from the university to the transaction. */
package se.uniplan.web.followup;
