/**
 * The ledger benchmark's tools, kept out of the product: {@link se.uniplan.plugin.ubw.bench.LedgerGenerator}
 * writes a large university's year of UBW ledger rows and {@link se.uniplan.plugin.ubw.bench.CsvReadBenchmark}
 * measures how fast the CSV reader streams them.
 */
package se.uniplan.plugin.ubw.bench;
