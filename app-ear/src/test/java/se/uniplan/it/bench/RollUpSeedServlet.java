package se.uniplan.it.bench;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Test-only: a university of {@value #DEPARTMENTS} departments for {@link RollUpBenchmark}. Each
 * department (spread over the three demo faculties and the administration) gets
 * {@value #ACTIVITIES} activities and a plan in a new open round with a figure for every one of
 * the demo's 20 accounts and 12 months: {@value #DEPARTMENTS} × {@value #ACTIVITIES} × 20 × 12
 * figures. Added to the benchmark's own EAR only.
 */
@WebServlet("/rollup-seed")
public class RollUpSeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final long ROUND = 7900;
    static final int DEPARTMENTS = 50;
    static final int ACTIVITIES = 10;
    private static final long FIRST_DEPARTMENT = 300;
    private static final long FIRST_ACTIVITY = 30_000;
    private static final long[] GROUPS = {10, 11, 12};

    @Resource(lookup = "jdbc/uniplan")
    private transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (s.executeQuery("SELECT id FROM planning_round WHERE id = " + ROUND).next()) {
                    response.getWriter().print("already seeded");
                    return;
                }
                s.executeUpdate("INSERT INTO planning_round (id, version, kind, fiscal_year_id, label, status, created_at,"
                        + " created_by) VALUES (" + ROUND + ", 1, 'BUDGET', 3001, 'Mätomgång 2027', 'OPEN',"
                        + " CURRENT_TIMESTAMP, 'bench')");
                for (int d = 0; d < DEPARTMENTS; d++) {
                    long department = FIRST_DEPARTMENT + d;
                    s.executeUpdate("INSERT INTO org_unit (id, version, code, name, kind, parent_id, active) VALUES ("
                            + department + ", 1, 'RB-" + (100 + d) + "', 'Mätavdelning " + (d + 1) + "', 'DEPARTMENT', "
                            + GROUPS[d % GROUPS.length] + ", TRUE)");
                    for (int a = 0; a < ACTIVITIES; a++) {
                        s.executeUpdate("INSERT INTO activity (id, version, code, name, kind, department_id, active) VALUES ("
                                + (FIRST_ACTIVITY + d * ACTIVITIES + a) + ", 1, 'RB-" + (100 + d) + "-" + (10 + a)
                                + "', 'Mätverksamhet " + (a + 1) + "', 'EDUCATION', " + department + ", TRUE)");
                    }
                    s.executeUpdate("INSERT INTO plan (id, version, round_id, department_id, state, state_changed_at,"
                            + " state_changed_by) VALUES (" + (ROUND + 1 + d) + ", 1, " + ROUND + ", " + department
                            + ", 'DRAFT', CURRENT_TIMESTAMP, 'bench')");
                }
            }
            long cells = 0;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO plan_cell (id, plan_id, activity_id, account_id, period, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int d = 0; d < DEPARTMENTS; d++) {
                    for (int a = 0; a < ACTIVITIES; a++) {
                        for (int account = 0; account < 20; account++) {
                            for (int period = 1; period <= 12; period++) {
                                p.setLong(1, 91_000_000L + cells);
                                p.setLong(2, ROUND + 1 + d);
                                p.setLong(3, FIRST_ACTIVITY + d * ACTIVITIES + a);
                                p.setLong(4, 2000 + account);
                                p.setInt(5, period);
                                p.setLong(6, 1_000 + (cells * 7919L) % 250_000);
                                p.addBatch();
                                cells++;
                            }
                        }
                    }
                    p.executeBatch();
                }
            }
            c.commit();
            response.getWriter().print("seeded " + cells);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
