package se.uniplan.ledger;

import java.time.LocalDate;

/** One row of {@code ledger_entry} as a load writes it. Amounts in öre. */
record EntryRow(long rowKey, int period, String account, Long unitId, Long activityId, String costCentre,
                String project, String activityType, String funder, String counterpart, String voucher,
                LocalDate voucherDate, long amount, String text, long sourceLine) {

    static final String COLUMNS = "load_id, row_key, period, account, unit_id, activity_id, cost_centre, project, "
            + "activity_type, funder, counterpart, voucher, voucher_date, amount, text, source_line, account_hash";
}
