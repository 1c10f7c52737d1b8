package se.uniplan.ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Batched inserts: the embedded H2 default, where no bulk path exists. */
final class JdbcBatchWriter implements EntryWriter {

    private static final int BATCH = 2_000;

    private final PreparedStatement insert;
    private final long loadId;
    private int pending;
    private long written;

    JdbcBatchWriter(Connection connection, long loadId) throws SQLException {
        this.loadId = loadId;
        this.insert = connection.prepareStatement("INSERT INTO ledger_entry (" + EntryRow.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void write(EntryRow row) throws SQLException {
        insert.setLong(1, loadId);
        insert.setLong(2, row.rowKey());
        insert.setInt(3, row.period());
        insert.setString(4, row.account());
        setLong(5, row.unitId());
        setLong(6, row.activityId());
        insert.setString(7, row.costCentre());
        insert.setString(8, row.project());
        insert.setString(9, row.activityType());
        insert.setString(10, row.funder());
        insert.setString(11, row.counterpart());
        insert.setString(12, row.voucher());
        insert.setDate(13, row.voucherDate() == null ? null : Date.valueOf(row.voucherDate()));
        insert.setLong(14, row.amount());
        insert.setString(15, row.text());
        insert.setLong(16, row.sourceLine());
        insert.setInt(17, row.account().hashCode());
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    @Override
    public void writeTotals(java.util.Map<LoadingSink.TotalKey, long[]> totals) throws SQLException {
        LedgerJdbc.insertTotals(insert.getConnection(), loadId, totals);
    }

    private void setLong(int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    @Override
    public long finish() throws SQLException {
        flush();
        insert.close();
        return written;
    }
}
