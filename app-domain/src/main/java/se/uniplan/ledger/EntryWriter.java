package se.uniplan.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes a load's lines into {@code ledger_entry} inside the load's transaction: with COPY into a
 * partition of the load's own on PostgreSQL, with JDBC batches elsewhere.
 */
interface EntryWriter {

    void write(EntryRow row) throws SQLException;

    /** Writes what is buffered and makes the rows part of {@code ledger_entry}; returns how many were written. */
    long finish() throws SQLException;

    /** Writes the load's sums per period, unit, activity and account into {@code ledger_total}; after {@link #finish()}. */
    void writeTotals(Map<LoadingSink.TotalKey, long[]> totals) throws SQLException;

    /** Gives up what is being written, leaving the connection usable for the rollback. */
    default void abort() {
    }

    /** The writer for the database behind the connection. */
    static EntryWriter open(Connection connection, long loadId) throws SQLException {
        if (se.uniplan.platform.Database.isPostgreSql(connection)) {
            return new PostgresCopyWriter(connection, loadId);
        }
        return new JdbcBatchWriter(connection, loadId);
    }
}
