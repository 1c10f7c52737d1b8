package se.uniplan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 6: cheaper indexes on the ledger's lines, so that a load of ten million lines
 * spends its time on the lines and not on sorting them twice more.
 *
 * <ul>
 *   <li>{@code account_hash} holds the account's Java hash ({@link String#hashCode()}, which the
 *       load has at hand for nothing). The drill-down index sorts on (unit, account hash, period),
 *       three integers, instead of a text compared by collation: half the time to build. A query
 *       asks for the hash and the account, so two accounts with the same hash never mix.</li>
 *   <li>On PostgreSQL the partitioned table as a whole has no indexes: each load indexes its own
 *       partition right after its transaction commits (see {@link se.uniplan.ledger.LedgerIndexing}),
 *       the line key with BRIN where the keys rise through the file (UBW's agrtid) and with a btree
 *       where they do not (SIE's hashed voucher identities). {@code ledger_load.indexed_at} says
 *       when a load's indexes were ready.</li>
 * </ul>
 *
 * <p>{@code ledger_load.file_sha256} may be null: a file taken from a drop folder is hashed while it
 * loads rather than read once more before, and a load the server was stopped in never gets one.
 *
 * <p>Rows loaded before this version get their hash here, account by account, and partitions
 * that exist get their indexes.
 */
public class V6__LedgerEntryIndexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = Database.isPostgreSql(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE ledger_entry ADD COLUMN account_hash INTEGER");
            List<String> accounts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT DISTINCT account FROM ledger_entry")) {
                while (rs.next()) {
                    accounts.add(rs.getString(1));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ledger_entry SET account_hash = ? WHERE account = ?")) {
                for (String account : accounts) {
                    update.setInt(1, account.hashCode());
                    update.setString(2, account);
                    update.executeUpdate();
                }
            }
            statement.execute("ALTER TABLE ledger_load ADD COLUMN indexed_at TIMESTAMP");
            // a file from a drop folder is hashed while it loads, not before
            statement.execute("ALTER TABLE ledger_load ALTER COLUMN file_sha256 DROP NOT NULL");
            statement.execute("UPDATE ledger_load SET indexed_at = finished_at WHERE status IN ('LOADED', 'UNDONE')");
            statement.execute("DROP INDEX ix_ledger_entry_drill");
            if (!postgres) {
                statement.execute("CREATE INDEX ix_ledger_entry_drill ON ledger_entry (unit_id, account_hash, period)");
            } else {
                List<String> partitions = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT c.relname FROM pg_inherits i JOIN pg_class c"
                        + " ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'ledger_entry'")) {
                    while (rs.next()) {
                        partitions.add(rs.getString(1));
                    }
                }
                statement.execute("DROP INDEX ix_ledger_entry_key");
                for (String partition : partitions) {
                    statement.execute("CREATE INDEX ix_" + partition + "_drill ON " + partition
                            + " (unit_id, account_hash, period)");
                    statement.execute("CREATE INDEX ix_" + partition + "_key ON " + partition + " (row_key)");
                }
            }
        }
    }
}
