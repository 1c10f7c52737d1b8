package se.uniplan.followup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.uniplan.accounting.AccountKind;
import se.uniplan.platform.Database;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundStatus;

/**
 * Reads what follow-up adds up, grouped as finely as the level shown needs and no finer: the
 * ledger's per-load totals ({@code ledger_total}, never the lines) of the loads that hold each
 * period now ({@code ledger_period}), the plans' cells of a round, and the lines behind one number.
 * Only revenue and cost accounts count: the kind comes from UniPlan's chart of accounts, or else
 * from the type the ledger declared. Plain SQL, so it does not depend on the loader's entities.
 */
@ApplicationScoped
public class FollowUpRepository {

    /** How finely ledger figures are grouped. */
    public enum Grain {
        UNIT("t.unit_id"),
        ACTIVITY("t.activity_id"),
        ACCOUNT("t.account"),
        ACTIVITY_ACCOUNT("t.activity_id, t.account");

        private final String columns;

        Grain(String columns) {
            this.columns = columns;
        }
    }

    /**
     * Which ledger figures to read: all, a unit's, or a unit's on one activity.
     *
     * @param unitId     only this unit, or null for all
     * @param activityId only this activity (with a unit), or null for any
     * @param unassigned only what the unit booked on no activity
     */
    public record Filter(Long unitId, Long activityId, boolean unassigned) {
        public static final Filter ALL = new Filter(null, null, false);
    }

    private static final String KIND = "COALESCE(a.kind, la.type)";
    private static final String ACTIVE_TOTALS = " FROM ledger_total t"
            + " JOIN ledger_period p ON p.load_id = t.load_id AND p.period = t.period"
            + " LEFT JOIN account a ON a.number = t.account"
            + " LEFT JOIN ledger_account la ON la.source = p.source AND la.number = t.account"
            + " WHERE t.period BETWEEN ? AND ? AND " + KIND + " IN ('REVENUE', 'COST')";

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    /** Held figures: the university and faculty levels read every line of the year's totals. */
    private final FactCache cache = new FactCache(64);

    /**
     * The ledger's revenue and cost of the fiscal year, in the users' sign, grouped by {@code grain};
     * held until another load takes a period over (see {@link FactCache}).
     */
    public List<Fact> actuals(FiscalCalendar calendar, Grain grain, Filter filter) {
        String key = "actuals|" + calendar.start() + "|" + grain + "|" + filter + "|" + loadsFingerprint(calendar);
        return cache.get(key, () -> readActuals(calendar, grain, filter));
    }

    /**
     * Which loads hold the fiscal year's periods now (a new load, a replacement or an undo changes
     * it), and how many accounts the two charts hold. A load never changes its lines afterwards.
     */
    private String loadsFingerprint(FiscalCalendar calendar) {
        StringBuilder fingerprint = new StringBuilder();
        query("SELECT COUNT(*), COALESCE(MAX(load_id), 0), COALESCE(SUM(load_id * period), 0) FROM ledger_period"
                + " WHERE period BETWEEN ? AND ?", List.of(calendar.firstLedgerPeriod(), calendar.lastLedgerPeriod()),
                rs -> fingerprint.append(rs.getLong(1)).append('/').append(rs.getLong(2)).append('/').append(rs.getLong(3)));
        // which accounts count as revenue and cost comes from the two charts
        query("SELECT (SELECT COUNT(*) FROM ledger_account), (SELECT COUNT(*) FROM account)", List.of(),
                rs -> fingerprint.append('/').append(rs.getLong(1)).append('/').append(rs.getLong(2)));
        return fingerprint.toString();
    }

    private List<Fact> readActuals(FiscalCalendar calendar, Grain grain, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT ").append(grain.columns).append(", ").append(KIND)
                .append(", t.period, SUM(t.amount)").append(ACTIVE_TOTALS);
        List<Object> params = new ArrayList<>(List.of(calendar.firstLedgerPeriod(), calendar.lastLedgerPeriod()));
        where(sql, params, filter, "t");
        sql.append(" GROUP BY ").append(grain.columns).append(", ").append(KIND).append(", t.period");
        List<Fact> facts = new ArrayList<>();
        query(sql.toString(), params, rs -> {
            int c = 1;
            Long unit = grain == Grain.UNIT ? nullableLong(rs, c++) : filter.unitId();
            Long activity = grain == Grain.ACTIVITY || grain == Grain.ACTIVITY_ACCOUNT ? nullableLong(rs, c++) : filter.activityId();
            String account = grain == Grain.ACCOUNT || grain == Grain.ACTIVITY_ACCOUNT ? rs.getString(c++) : null;
            AccountKind kind = AccountKind.valueOf(rs.getString(c++).strip());
            int month = calendar.monthOf(rs.getInt(c++));
            long amount = rs.getLong(c);
            if (month > 0) {
                facts.add(new Fact(unit, activity, account, kind, month, Fact.fromLedger(kind, amount)));
            }
        });
        return facts;
    }

    /** The fiscal months (1-12) for which the ledger holds a load now, in order. */
    public List<Integer> bookedMonths(FiscalCalendar calendar) {
        TreeSet<Integer> months = new TreeSet<>();
        query("SELECT DISTINCT period FROM ledger_period WHERE period BETWEEN ? AND ?",
                List.of(calendar.firstLedgerPeriod(), calendar.lastLedgerPeriod()), rs -> {
                    int m = calendar.monthOf(rs.getInt(1));
                    if (m > 0) {
                        months.add(m);
                    }
                });
        return new ArrayList<>(months);
    }

    /**
     * The lines behind a number, oldest first, at most {@code limit}, with their count and sum.
     *
     * @param periods the ledger periods of the months asked for (see {@link FiscalCalendar})
     */
    public TransactionPage transactions(List<Integer> periods, String account, AccountKind kind, Filter filter, int limit) {
        StringBuilder where = new StringBuilder(" FROM ledger_entry e JOIN ledger_period p ON p.load_id = e.load_id"
                + " AND p.period = e.period WHERE e.account_hash = ? AND e.account = ? AND e.period IN (")
                .append(periods.stream().map(x -> "?").collect(Collectors.joining(", "))).append(")");
        List<Object> params = new ArrayList<>();
        params.add(account.hashCode()); // what the drill-down index sorts on; see V6__LedgerEntryIndexes
        params.add(account);
        params.addAll(periods);
        where(where, params, filter, "e");
        long[] countSum = new long[2];
        query("SELECT COUNT(*), COALESCE(SUM(e.amount), 0)" + where, params, rs -> {
            countSum[0] = rs.getLong(1);
            countSum[1] = rs.getLong(2);
        });
        List<Transaction> rows = new ArrayList<>();
        String sql = "SELECT e.voucher, e.voucher_date, e.text, e.amount, e.project, e.funder, e.counterpart, e.period"
                + where + " ORDER BY e.voucher_date, e.voucher, e.row_key";
        query(sql, params, limit, rs -> rows.add(new Transaction(rs.getString(1),
                rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getString(3),
                Fact.fromLedger(kind, rs.getLong(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8))));
        return new TransactionPage(rows, countSum[0], Fact.fromLedger(kind, countSum[1]));
    }

    /**
     * A round's plan figures in öre, grouped by department (university and faculty levels), by
     * activity (one department) or by activity and account (one department, or one activity).
     */
    public List<Fact> plan(PlanningRound round, Grain grain, Filter filter) {
        if (round.getStatus() != RoundStatus.CLOSED) {
            return readPlan(round.getId(), grain, filter);
        }
        // a closed round's plans cannot change; reopening it changes its version, and so the key
        String key = "plan|" + round.getId() + "|" + round.getVersion() + "|" + grain + "|" + filter;
        return cache.get(key, () -> readPlan(round.getId(), grain, filter));
    }

    private List<Fact> readPlan(long roundId, Grain grain, Filter filter) {
        String group = switch (grain) {
            case UNIT -> "p.department.id";
            case ACTIVITY -> "p.department.id, c.activityId";
            case ACCOUNT, ACTIVITY_ACCOUNT -> "p.department.id, c.activityId, a.number";
        };
        int columns = group.split(",").length;
        StringBuilder jpql = new StringBuilder("SELECT ").append(group)
                .append(", a.kind, c.period, SUM(c.amount) FROM PlanCell c, Plan p, Account a")
                .append(" WHERE c.planId = p.id AND c.accountId = a.id AND p.round.id = :round");
        if (filter.unitId() != null) {
            jpql.append(" AND p.department.id = :unit");
        }
        if (filter.activityId() != null) {
            jpql.append(" AND c.activityId = :activity");
        }
        jpql.append(" GROUP BY ").append(group).append(", a.kind, c.period");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class).setParameter("round", roundId);
        if (filter.unitId() != null) {
            q.setParameter("unit", filter.unitId());
        }
        if (filter.activityId() != null) {
            q.setParameter("activity", filter.activityId());
        }
        List<Fact> facts = new ArrayList<>();
        if (filter.unassigned()) {
            return facts; // a plan books everything on an activity
        }
        for (Object[] r : q.getResultList()) {
            Long activity = columns > 1 ? ((Number) r[1]).longValue() : null;
            String account = columns > 2 ? (String) r[2] : null;
            facts.add(new Fact(((Number) r[0]).longValue(), activity, account, (AccountKind) r[columns],
                    ((Number) r[columns + 1]).intValue(), Fact.fromPlan(((Number) r[columns + 2]).longValue())));
        }
        return facts;
    }

    /** Account number → name and kind: UniPlan's chart, and the ledger's own accounts it lacks. */
    public Map<String, AccountInfo> accounts() {
        Map<String, AccountInfo> accounts = new HashMap<>();
        query("SELECT number, name, type FROM ledger_account WHERE type IN ('REVENUE', 'COST')", List.of(),
                rs -> accounts.put(rs.getString(1), new AccountInfo(rs.getString(1), rs.getString(2),
                        AccountKind.valueOf(rs.getString(3).strip()), null)));
        query("SELECT number, name, kind, id FROM account", List.of(),
                rs -> accounts.put(rs.getString(1), new AccountInfo(rs.getString(1), rs.getString(2),
                        AccountKind.valueOf(rs.getString(3).strip()), rs.getLong(4))));
        return accounts;
    }

    /** An account as follow-up names it; {@code id} is UniPlan's account id, null if only the ledger knows it. */
    public record AccountInfo(String number, String name, AccountKind kind, Long id) {
    }

    private static void where(StringBuilder sql, List<Object> params, Filter filter, String alias) {
        if (filter.unitId() != null) {
            sql.append(" AND ").append(alias).append(".unit_id = ?");
            params.add(filter.unitId());
        }
        if (filter.unassigned()) {
            sql.append(" AND ").append(alias).append(".activity_id IS NULL");
        } else if (filter.activityId() != null) {
            sql.append(" AND ").append(alias).append(".activity_id = ?");
            params.add(filter.activityId());
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<?> params, RowReader reader) {
        query(sql, params, 0, reader);
    }

    private void query(String sql, List<?> params, int maxRows, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            if (maxRows > 0) {
                ps.setMaxRows(maxRows);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("follow-up query failed: " + e.getMessage(), e);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
