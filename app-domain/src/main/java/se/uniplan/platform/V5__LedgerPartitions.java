package se.uniplan.platform;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 5, the one migration that differs between the databases. On PostgreSQL each
 * ledger load's lines are a partition of their own (LIST on load_id): a load creates its partition
 * without indexes, fills it with COPY, indexes it and attaches it, all in its one transaction, so
 * a failed or killed load leaves no trace and the indexes are built once over the new rows. A
 * default partition takes lines inserted by plain SQL (demo data). On H2, which has no
 * partitions, {@code ledger_entry} stays the plain table of V4.
 *
 * <p>Registered with Flyway by {@link SchemaMigrator} itself rather than found by scanning, so
 * that it runs wherever the application runs.
 */
public class V5__LedgerPartitions extends BaseJavaMigration {

    private static final String[] POSTGRESQL = {
        "DROP TABLE ledger_entry",
        "CREATE TABLE ledger_entry ("
            + " load_id BIGINT NOT NULL, row_key BIGINT NOT NULL, period INTEGER NOT NULL, account VARCHAR(20) NOT NULL,"
            + " unit_id BIGINT, activity_id BIGINT, cost_centre VARCHAR(40), project VARCHAR(40), activity_type VARCHAR(40),"
            + " funder VARCHAR(40), counterpart VARCHAR(40), voucher VARCHAR(60), voucher_date DATE, amount BIGINT NOT NULL,"
            + " text VARCHAR(200), source_line BIGINT NOT NULL) PARTITION BY LIST (load_id)",
        "CREATE INDEX ix_ledger_entry_drill ON ledger_entry (unit_id, account, period)",
        "CREATE INDEX ix_ledger_entry_key ON ledger_entry (row_key)",
        "CREATE TABLE ledger_entry_default PARTITION OF ledger_entry DEFAULT"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!Database.isPostgreSql(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : POSTGRESQL) {
                statement.execute(sql);
            }
        }
    }
}
