/**
 * UBW's table exports as CSV: {@code agltransact} (posted lines), {@code aglaccounts} and
 * {@code agldimvalue} (master data), read into the SPI's neutral ledger records.
 *
 * <p>{@link se.uniplan.plugin.ubw.csv.UbwCsvReader} is the entry point. A nightly export runs to
 * millions of rows, so the reading path is built for throughput: one hand-written scanner over a
 * char buffer ({@code CsvScanner}), amounts and dates read from char ranges without Strings or
 * BigDecimal ({@code Amounts}, {@code CsvDates}), repeated codes shared ({@code TokenCache}) and
 * control totals kept in primitive arrays ({@code ControlTotals}). Each UBW table has its own row
 * reader ({@code TransactionRows}, {@code AccountRows}, {@code DimensionValueRows}).
 */
package se.uniplan.plugin.ubw.csv;
