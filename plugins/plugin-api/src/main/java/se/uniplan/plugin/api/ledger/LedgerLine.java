package se.uniplan.plugin.api.ledger;

import java.time.LocalDate;

/**
 * One posted line of a voucher.
 *
 * @param sourceLine      the file's line number (1-based) the line is on, for problem reports
 * @param key             the line's identity in the source system, stable across exports: UBW's
 *                        {@code agrtid}, or for SIE the voucher identity and the line's position
 *                        in it ({@code "A 12 #3"}). Loading the same key twice must not count twice.
 * @param voucher         the voucher it belongs to (series and number, e.g. "A 12" or "GL 100234");
 *                        the lines of one voucher must balance
 * @param period          the accounting period {@code yyyyMM} (month 00 or 13 as the source has it)
 * @param voucherDate     the voucher's date
 * @param transactionDate the line's own date if it has one, else null
 * @param account         the account number
 * @param dimensions      the line's dimension values by role
 * @param amount          öre, debit positive and credit negative
 * @param text            the line's text, or the voucher's if the line has none; may be empty
 */
public record LedgerLine(long sourceLine, String key, String voucher, int period, LocalDate voucherDate,
                         LocalDate transactionDate, String account, LedgerDimensions dimensions, long amount,
                         String text) {
}
