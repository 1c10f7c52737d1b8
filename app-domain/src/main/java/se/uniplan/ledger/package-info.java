/**
 * Actuals (utfall) from the general ledger: loads of source-system files through a plugin's
 * {@link se.uniplan.plugin.api.ledger.LedgerFileReader}, with the ledger's rules (known accounts and
 * dimension values, balanced vouchers, periods inside the fiscal year, unique keys), atomic
 * loads, period replacement and undo through {@code ledger_period}, reconciliation of every load,
 * its run history, and the nightly run from drop folders.
 */
package se.uniplan.ledger;
