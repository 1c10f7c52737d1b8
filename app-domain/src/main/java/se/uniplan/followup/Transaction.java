package se.uniplan.followup;

import java.time.LocalDate;

/**
 * One ledger line behind a follow-up figure, as the controller reads it: voucher, date, text and
 * amount in öre in the users' sign (revenue and cost positive), with its project, funder and
 * counterpart where the ledger has them.
 */
public record Transaction(String voucher, LocalDate date, String text, long amount, String project, String funder,
                          String counterpart, int period) {
}
