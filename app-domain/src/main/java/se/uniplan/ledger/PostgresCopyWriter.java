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
 *
 * <p>The partition is analysed before the commit, so that the load's own reconciliation and the
 * next night's look-up of keys are planned on real figures. Its indexes are built right after the
 * commit ({@link LedgerIndexing}): the lines are loaded, reconciled and visible without waiting
 * for two sorts of ten million rows.
 */
final class PostgresCopyWriter implements EntryWriter {

    private static final int FLUSH_AT = 256 * 1024;

    private final Connection connection;
    private final long loadId;
    private final String table;
    private final CopyIn copy;
    private final byte[] loadIdText;
    private final CopyText text = new CopyText(FLUSH_AT + 8192);

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
        text.row(loadIdText, row);
        send(copy, FLUSH_AT);
    }

    /** Sends what the buffer holds once it holds at least {@code atLeast} bytes. */
    private void send(CopyIn to, int atLeast) throws SQLException {
        if (text.length() > 0 && text.length() >= atLeast) {
            to.writeToCopy(text.array(), 0, text.length());
            text.clear();
        }
    }

    @Override
    public long finish() throws SQLException {
        send(copy, 0);
        long rows = copy.endCopy();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE ledger_entry ATTACH PARTITION " + table + " FOR VALUES IN (" + loadId + ")");
            // statistics now, not when autovacuum gets round to it: the reconciliation's GROUP BY is
            // then a hash aggregate (2 s for ten million rows rather than 5 s of sorting), and the
            // next night's look-up of keys is planned on the partition's real size
            statement.execute("ANALYZE " + table);
        }
        return rows;
    }

    /** The sums by COPY as well: a year of a large university is a few hundred thousand of them. */
    @Override
    public void writeTotals(java.util.Map<LoadingSink.TotalKey, long[]> totals) throws SQLException {
        CopyIn sums = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY ledger_total (load_id, period, unit_id, activity_id, account, amount, line_count) FROM STDIN");
        try {
            for (java.util.Map.Entry<LoadingSink.TotalKey, long[]> e : totals.entrySet()) {
                text.totalRow(loadId, e.getKey(), e.getValue());
                send(sums, FLUSH_AT);
            }
            send(sums, 0);
            sums.endCopy();
        } finally {
            if (sums.isActive()) {
                sums.cancelCopy();
            }
        }
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
}
