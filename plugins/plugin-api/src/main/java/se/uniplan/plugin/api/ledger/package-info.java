/**
 * The neutral ledger records a general-ledger plugin hands to the core: accounts, dimension
 * values, posted lines, balances and problems. A plugin reads its own system's files (SIE, a
 * UBW table export) and streams these records into a {@link se.uniplan.plugin.api.ledger.LedgerSink};
 * the core owns validation against the organisation, persistence, idempotency and reconciliation.
 *
 * <p>Amounts are whole öre (hundredths of a krona) in the company currency, debit positive and
 * credit negative. Periods are {@code yyyyMM} integers; month 00 (opening) and 13 (closing
 * adjustments) occur in UBW and are passed on as they are.
 */
package se.uniplan.plugin.api.ledger;
