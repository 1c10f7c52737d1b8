/**
 * The SIE reader of the UBW plugin: SIE types 1 to 4 (4E and 4I) as SIE-gruppen's specification
 * (utgåva 4B) writes them, and as real programs actually write them. A file is read line by line:
 * {@link se.uniplan.plugin.ubw.sie.SieEncoding} sniffs the character set (the specification says
 * PC8, real files also come as UTF-8 or Latin-1), {@link se.uniplan.plugin.ubw.sie.SieTokenizer}
 * splits a line into a {@link se.uniplan.plugin.ubw.sie.SieRecord}, and
 * {@link se.uniplan.plugin.ubw.sie.SieFileParser} dispatches each record to the part that
 * understands it: the identification block, the chart of accounts, the dimensions, the balances
 * and the vouchers. What comes out is the SPI's neutral ledger records, in file order.
 */
package se.uniplan.plugin.ubw.sie;
