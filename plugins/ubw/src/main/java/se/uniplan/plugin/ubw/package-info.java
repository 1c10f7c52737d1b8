/**
 * The UBW plugin: the general ledger (utfall) from Unit4 Business World, as SIE files
 * ({@link se.uniplan.plugin.ubw.sie}) or UBW's own table exports as CSV
 * ({@link se.uniplan.plugin.ubw.csv}). It speaks UBW and SIE and emits the SPI's neutral ledger
 * records; it never touches the database.
 */
package se.uniplan.plugin.ubw;
