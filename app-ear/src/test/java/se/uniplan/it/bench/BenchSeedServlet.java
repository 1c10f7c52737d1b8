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
 * Test-only: fills the test domain's database with a department of {@value #ACTIVITIES}
 * activities, {@value #EXTRA_ACCOUNTS} more accounts (40 in all) and a draft plan with a figure in
 * every cell, for {@link PlanGridBenchmark}. Added to the web module of the benchmark's EAR only;
 * the embedded H2 of the test domain cannot be reached from outside the server.
 */
@WebServlet("/bench-seed")
public class BenchSeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final long DEPARTMENT = 190;
    static final long PLAN = 7190;
    static final long FIRST_ACTIVITY = 19_000;
    static final int ACTIVITIES = 60;
    static final int EXTRA_ACCOUNTS = 20;

    @Resource(lookup = "jdbc/uniplan")
    private transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (s.executeQuery("SELECT id FROM plan WHERE id = " + PLAN).next()) {
                    response.getWriter().print("already seeded");
                    return;
                }
                s.executeUpdate("INSERT INTO org_unit (id, version, code, name, kind, parent_id, active) VALUES ("
                        + DEPARTMENT + ", 1, 'BENCH', 'Avdelningen för prestandamätning', 'DEPARTMENT', 11, TRUE)");
                for (int i = 0; i < ACTIVITIES; i++) {
                    s.executeUpdate("INSERT INTO activity (id, version, code, name, kind, department_id, active) VALUES ("
                            + (FIRST_ACTIVITY + i) + ", 1, 'BENCH-" + (100 + i) + "', 'Mätverksamhet " + (i + 1)
                            + "', 'EDUCATION', " + DEPARTMENT + ", TRUE)");
                }
                for (int i = 0; i < EXTRA_ACCOUNTS; i++) {
                    boolean revenue = i < EXTRA_ACCOUNTS / 2;
                    s.executeUpdate("INSERT INTO account (id, version, number, name, kind, account_class, active) VALUES ("
                            + (2900 + i) + ", 1, '" + (revenue ? 3900 + i : 6900 + i) + "', 'Mätkonto " + (i + 1) + "', '"
                            + (revenue ? "REVENUE" : "COST") + "', 'Prestandamätning', TRUE)");
                }
                s.executeUpdate("INSERT INTO plan (id, version, round_id, department_id, state, state_changed_at, state_changed_by)"
                        + " VALUES (" + PLAN + ", 1, 7001, " + DEPARTMENT + ", 'DRAFT', CURRENT_TIMESTAMP, 'bench')");
                s.executeUpdate("INSERT INTO role_assignment (id, version, person_id, role, unit_id, governance_object_id,"
                        + " assigned_at, assigned_by) VALUES (5900, 1, 4010, 'ECONOMIST', " + DEPARTMENT
                        + ", NULL, CURRENT_TIMESTAMP, 'bench')");
            }
            int cells = 0;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO plan_cell (id, plan_id, activity_id, account_id, period, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
                long[] accounts = new long[40];
                for (int i = 0; i < 20; i++) {
                    accounts[i] = 2000 + i;
                    accounts[20 + i] = 2900 + i;
                }
                for (int a = 0; a < ACTIVITIES; a++) {
                    for (long account : accounts) {
                        for (int period = 1; period <= 12; period++) {
                            p.setLong(1, 90_000_000L + cells);
                            p.setLong(2, PLAN);
                            p.setLong(3, FIRST_ACTIVITY + a);
                            p.setLong(4, account);
                            p.setInt(5, period);
                            p.setLong(6, 1_000 + (cells * 7919L) % 250_000);
                            p.addBatch();
                            cells++;
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
