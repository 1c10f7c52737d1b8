package se.uniplan.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * COPY in text format into a partition of the load's own, created without indexes in the load's
 * transaction; indexed and attached to {@code ledger_entry} at the end. Parsing (this thread) and
 * PostgreSQL's work (its own process) overlap, which is what brings a load close to a raw COPY.
 * The partition carries its CHECK from the start, so attaching it needs no scan.
 */
final class PostgresCopyWriter implements EntryWriter {

    private static final int FLUSH_AT = 256 * 1024;

    private final Connection connection;
    private final long loadId;
    private final String table;
    private final CopyIn copy;
    private final byte[] loadIdText;
    private byte[] buffer = new byte[FLUSH_AT + 8192];
    private int length;

    PostgresCopyWriter(Connection connection, long loadId) throws SQLException {
        this.connection = connection;
        this.loadId = loadId;
        this.table = "ledger_entry_p" + loadId;
        this.loadIdText = Long.toString(loadId).getBytes(StandardCharsets.US_ASCII);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (LIKE ledger_entry INCLUDING DEFAULTS, "
                    + "CONSTRAINT ck_" + table + " CHECK (load_id = " + loadId + "))");
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + EntryRow.COLUMNS + ") FROM STDIN");
    }

    @Override
    public void write(EntryRow row) throws SQLException {
        bytes(loadIdText);
        tab();
        number(row.rowKey());
        tab();
        number(row.period());
        tab();
        text(row.account());
        tab();
        number(row.unitId());
        tab();
        number(row.activityId());
        tab();
        text(row.costCentre());
        tab();
        text(row.project());
        tab();
        text(row.activityType());
        tab();
        text(row.funder());
        tab();
        text(row.counterpart());
        tab();
        text(row.voucher());
        tab();
        text(row.voucherDate() == null ? null : row.voucherDate().toString());
        tab();
        number(row.amount());
        tab();
        text(row.text());
        tab();
        number(row.sourceLine());
        put((byte) '\n');
        if (length >= FLUSH_AT) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    @Override
    public long finish() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
        long rows = copy.endCopy();
        try (Statement statement = connection.createStatement()) {
            // sort for the two indexes in memory rather than on disk; for this transaction only
            statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
            statement.execute("CREATE INDEX ON " + table + " (unit_id, account, period)");
            statement.execute("CREATE INDEX ON " + table + " (row_key)");
            statement.execute("ALTER TABLE ledger_entry ATTACH PARTITION " + table + " FOR VALUES IN (" + loadId + ")");
            // statistics now, not when autovacuum gets round to it: the next night's delta asks the
            // row_key index for its keys, and without statistics the planner scans the partition
            statement.execute("ANALYZE " + table);
        }
        return rows;
    }

    @Override
    public void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction rolls back anyway; a broken connection is discarded by the pool
        }
    }

    private void tab() {
        put((byte) '\t');
    }

    private void number(Long value) {
        if (value == null) {
            nullValue();
        } else {
            number(value.longValue());
        }
    }

    private void number(long value) {
        bytes(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
    }

    private void nullValue() {
        put((byte) '\\');
        put((byte) 'N');
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped; null is \N. */
    private void text(String value) {
        if (value == null) {
            nullValue();
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                        bytes(value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                        i++;
                    } else {
                        bytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private void bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
