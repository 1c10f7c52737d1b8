package se.uniplan.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerProblem;

/**
 * The SQL of a load, on the load transaction's own connection. Plain JDBC: a load writes millions
 * of rows that no entity needs to see, and the periods it takes over are a handful of statements.
 */
final class LedgerJdbc {

    private static final int KEY_BATCH = 1_000;

    private LedgerJdbc() {
    }

    /** What lines of the source are checked against and mapped onto. */
    static LedgerReferenceData referenceData(Connection c, String source) throws SQLException {
        Set<String> accounts = new HashSet<>();
        strings(c, "SELECT number FROM account", null, accounts);
        strings(c, "SELECT number FROM ledger_account WHERE source = ?", source, accounts);
        Map<DimensionRole, Set<String>> dimensions = new EnumMap<>(DimensionRole.class);
        try (PreparedStatement s = c.prepareStatement("SELECT role, code FROM ledger_dimension_value WHERE source = ?")) {
            s.setString(1, source);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    dimensions.computeIfAbsent(DimensionRole.valueOf(r.getString(1)), k -> new HashSet<>()).add(r.getString(2));
                }
            }
        }
        return new LedgerReferenceData(accounts, dimensions, codes(c, "SELECT code, id FROM org_unit"),
                codes(c, "SELECT code, id FROM activity"));
    }

    /**
     * Which of these keys a load that holds its period has already loaded for the source. The keys
     * are asked for in rising batches, each with its lowest and highest key as well: a partition
     * whose keys rose through its file has only a BRIN index on them, which answers a range.
     */
    static Set<Long> loadedKeys(Connection c, String source, long[] unsorted) throws SQLException {
        long[] keys = unsorted.clone();
        java.util.Arrays.sort(keys);
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < keys.length; from += KEY_BATCH) {
            int to = Math.min(keys.length, from + KEY_BATCH);
            StringBuilder sql = new StringBuilder("SELECT e.row_key FROM ledger_entry e JOIN ledger_period p "
                    + "ON p.load_id = e.load_id AND p.period = e.period WHERE p.source = ? AND e.row_key BETWEEN ? AND ?"
                    + " AND e.row_key IN (");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "?" : ", ?");
            }
            try (PreparedStatement s = c.prepareStatement(sql.append(')').toString())) {
                s.setString(1, source);
                s.setLong(2, keys[from]);
                s.setLong(3, keys[to - 1]);
                for (int i = from; i < to; i++) {
                    s.setLong(4 + i - from, keys[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Indexes a load's partition on PostgreSQL, once, after the load has committed: the drill-down
     * index (unit, account hash, period) and the line key's, BRIN where the keys rose through the
     * file (the statistics' correlation, from the load's ANALYZE) and else a btree. Nothing to do
     * on H2, whose one table keeps its indexes as rows arrive, nor for a load without lines.
     *
     * @return true if anything was built
     */
    static boolean indexLines(Connection c, long loadId) throws SQLException {
        if (!se.uniplan.platform.Database.isPostgreSql(c)) {
            return false;
        }
        String table = "ledger_entry_p" + loadId;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                if (!r.next() || !r.getBoolean(1)) {
                    return false;
                }
            }
            boolean keysRise = false;
            try (ResultSet r = s.executeQuery("SELECT correlation FROM pg_stats WHERE schemaname = current_schema()"
                    + " AND tablename = '" + table + "' AND attname = 'row_key'")) {
                keysRise = r.next() && r.getDouble(1) > 0.9;
            }
            // sort in memory rather than on disk; for this transaction only
            s.execute("SET LOCAL maintenance_work_mem = '512MB'");
            s.execute("CREATE INDEX IF NOT EXISTS ix_" + table + "_drill ON " + table + " (unit_id, account_hash, period)");
            s.execute("CREATE INDEX IF NOT EXISTS ix_" + table + "_key ON " + table + (keysRise ? " USING brin" : "")
                    + " (row_key)");
        }
        return true;
    }

    static void insertTotals(Connection c, long loadId, Map<LoadingSink.TotalKey, long[]> totals) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_total (load_id, period, unit_id, activity_id, "
                + "account, amount, line_count) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<LoadingSink.TotalKey, long[]> e : totals.entrySet()) {
                s.setLong(1, loadId);
                s.setInt(2, e.getKey().period());
                setLong(s, 3, e.getKey().unitId());
                setLong(s, 4, e.getKey().activityId());
                s.setString(5, e.getKey().account());
                s.setLong(6, e.getValue()[0]);
                s.setLong(7, e.getValue()[1]);
                s.addBatch();
                if (++pending % 5_000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** What the database holds of the load, per period and account: the reconciliation's one side. */
    static Map<PeriodAccount, long[]> storedSums(Connection c, long loadId) throws SQLException {
        Map<PeriodAccount, long[]> sums = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT period, account, SUM(amount), COUNT(*) FROM ledger_entry WHERE load_id = ? GROUP BY period, account")) {
            s.setLong(1, loadId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sums.put(new PeriodAccount(r.getInt(1), r.getString(2)), new long[] {r.getLong(3), r.getLong(4)});
                }
            }
        }
        return sums;
    }

    /** The load takes these periods over: earlier holders are remembered so that an undo gives them back. */
    static void replacePeriods(Connection c, String source, long loadId, Set<Integer> periods) throws SQLException {
        try (PreparedStatement remember = c.prepareStatement("INSERT INTO ledger_period_replaced (source, period, load_id, "
                + "replaced_by) SELECT source, period, load_id, ? FROM ledger_period WHERE source = ? AND period = ?");
             PreparedStatement release = c.prepareStatement("DELETE FROM ledger_period WHERE source = ? AND period = ?")) {
            for (int period : periods) {
                remember.setLong(1, loadId);
                remember.setString(2, source);
                remember.setInt(3, period);
                remember.addBatch();
                release.setString(1, source);
                release.setInt(2, period);
                release.addBatch();
            }
            remember.executeBatch();
            release.executeBatch();
        }
        holdPeriods(c, source, loadId, periods);
    }

    /** The load joins the loads that hold these periods. */
    static void holdPeriods(Connection c, String source, long loadId, Set<Integer> periods) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_period (source, period, load_id) VALUES (?, ?, ?)")) {
            for (int period : periods) {
                s.setString(1, source);
                s.setInt(2, period);
                s.setLong(3, loadId);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** True if no later load has taken any of this load's periods over. */
    static boolean holdsItsPeriods(Connection c, long loadId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ledger_period_replaced WHERE load_id = ?")) {
            s.setLong(1, loadId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 0;
            }
        }
    }

    /** Undoes a load's hold on its periods and gives them back to the loads it took them from. */
    static void releasePeriods(Connection c, long loadId) throws SQLException {
        execute(c, "DELETE FROM ledger_period WHERE load_id = ?", loadId);
        execute(c, "INSERT INTO ledger_period (source, period, load_id) SELECT source, period, load_id "
                + "FROM ledger_period_replaced WHERE replaced_by = ?", loadId);
        execute(c, "DELETE FROM ledger_period_replaced WHERE replaced_by = ?", loadId);
    }

    static void saveMasterData(Connection c, String source, List<LedgerAccount> accounts,
                               List<LedgerDimensionValue> values) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM ledger_account WHERE source = ? AND number = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO ledger_account (source, number, name, type, active) VALUES (?, ?, ?, ?, ?)")) {
            Set<String> seen = new HashSet<>();
            for (LedgerAccount a : accounts) {
                if (!seen.add(a.number())) {
                    continue;
                }
                delete.setString(1, source);
                delete.setString(2, a.number());
                delete.addBatch();
                insert.setString(1, source);
                insert.setString(2, clip(a.number(), 20));
                insert.setString(3, clip(a.name() == null ? "" : a.name(), 200));
                insert.setString(4, a.type() == null ? null : a.type().name());
                insert.setBoolean(5, a.active());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM ledger_dimension_value WHERE source = ? AND role = ? AND code = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_dimension_value (source, role, code, name, "
                     + "parent, active) VALUES (?, ?, ?, ?, ?, ?)")) {
            Set<String> seen = new HashSet<>();
            for (LedgerDimensionValue v : values) {
                if (!seen.add(v.role() + "\u0000" + v.code())) {
                    continue;
                }
                delete.setString(1, source);
                delete.setString(2, v.role().name());
                delete.setString(3, v.code());
                delete.addBatch();
                insert.setString(1, source);
                insert.setString(2, v.role().name());
                insert.setString(3, clip(v.code(), 40));
                insert.setString(4, clip(v.name() == null ? "" : v.name(), 200));
                insert.setString(5, clip(v.parent(), 40));
                insert.setBoolean(6, v.active());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    static void saveProblems(Connection c, long loadId, List<LedgerProblem> problems) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO ledger_problem (load_id, seq, source_line, kind, detail) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (LedgerProblem p : problems) {
                s.setLong(1, loadId);
                s.setInt(2, ++seq);
                s.setLong(3, p.sourceLine());
                s.setString(4, p.kind().name());
                s.setString(5, clip(p.value() == null ? "" : p.value(), 400));
                s.addBatch();
                if (seq % 1_000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Sums per period and account: of one load ({@code loadId} set), or of what the source's loads hold now. */
    static List<PeriodSum> sums(Connection c, Long loadId, String source, int from, int to) throws SQLException {
        String sql = loadId != null
                ? "SELECT t.period, t.account, SUM(t.amount), SUM(t.line_count) FROM ledger_total t WHERE t.load_id = ?"
                + " AND t.period BETWEEN ? AND ? GROUP BY t.period, t.account ORDER BY t.period, t.account"
                : "SELECT t.period, t.account, SUM(t.amount), SUM(t.line_count) FROM ledger_total t JOIN ledger_period p"
                + " ON p.load_id = t.load_id AND p.period = t.period WHERE p.source = ? AND t.period BETWEEN ? AND ?"
                + " GROUP BY t.period, t.account ORDER BY t.period, t.account";
        List<PeriodSum> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (loadId != null) {
                s.setLong(1, loadId);
            } else {
                s.setString(1, source);
            }
            s.setInt(2, from);
            s.setInt(3, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new PeriodSum(r.getInt(1), r.getString(2), r.getLong(3), r.getLong(4)));
                }
            }
        }
        return result;
    }

    static List<LedgerProblem> problems(Connection c, long loadId) throws SQLException {
        List<LedgerProblem> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT source_line, kind, detail FROM ledger_problem WHERE load_id = ? ORDER BY seq")) {
            s.setLong(1, loadId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new LedgerProblem(r.getLong(1), LedgerProblem.Kind.valueOf(r.getString(2)), r.getString(3)));
                }
            }
        }
        return result;
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static void strings(Connection c, String sql, String parameter, Set<String> into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    into.add(r.getString(1));
                }
            }
        }
    }

    private static Map<String, Long> codes(Connection c, String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.put(r.getString(1), r.getLong(2));
            }
        }
        return result;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
