package se.uniplan.it.bench;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Test-only, for {@link LedgerLoadBenchmark}: {@code POST /ledger-bench?action=seed} with the
 * generator's {@code agldimvalue.csv} as the body adds its faculties, departments and their
 * activities to the organisation (the demo university scaled up); {@code POST
 * /ledger-bench?action=copy&file=} times a raw {@code COPY} of the ledger file into an unindexed
 * table with agltransact's own columns, on the same database and machine as the load, and answers
 * the milliseconds. Added to the benchmark's own EAR only.
 */
@WebServlet("/ledger-bench")
public class LedgerBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String[] ACTIVITY_TYPES = {"10", "11", "12", "30", "31", "90", "91", "92"};

    @Resource(lookup = "jdbc/uniplan")
    private transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String result = "copy".equals(request.getParameter("action")) ? Long.toString(copy(Path.of(request.getParameter("file"))))
                    : seed(request.getInputStream());
            response.setContentType("text/plain");
            response.getWriter().print(result);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private long copy(Path file) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_agltransact");
            s.execute("CREATE TABLE bench_raw_agltransact (client TEXT, account TEXT, dim_1 TEXT, dim_2 TEXT, dim_3 TEXT,"
                    + " dim_4 TEXT, dim_5 TEXT, dim_6 TEXT, dim_7 TEXT, period INTEGER, fiscal_year INTEGER,"
                    + " amount NUMERIC(18,2), cur_amount NUMERIC(18,2), currency TEXT, voucher_no TEXT, voucher_type TEXT,"
                    + " voucher_date DATE, trans_date DATE, sequence_no INTEGER, description TEXT, agrtid BIGINT)");
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench_raw_agltransact FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';')", in, 1 << 16);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            s.execute("DROP TABLE bench_raw_agltransact");
            return ms;
        }
    }

    /** Faculties (rel_value of the C1 rows) under the university, departments under them, an activity per type. */
    private String seed(InputStream dimensionValues) throws IOException, SQLException {
        Map<String, String[]> departments = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(dimensionValues, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(";", -1);
                if (f.length > 3 && f[0].equals("C1")) {
                    departments.put(f[1], new String[] {f[2], f[3]});
                }
            }
        }
        int created = 0;
        try (Connection c = dataSource.getConnection()) {
            long id = 600_000;
            for (Map.Entry<String, String[]> d : departments.entrySet()) {
                long faculty = unit(c, d.getValue()[1], "Fakultet " + d.getValue()[1], "FACULTY", 1L, id++);
                long department = unit(c, d.getKey(), d.getValue()[0], "DEPARTMENT", faculty, id++);
                for (String type : ACTIVITY_TYPES) {
                    created += insertActivity(c, id++, d.getKey() + "-" + type, department, type);
                }
            }
        }
        return departments.size() + " departments, " + created + " activities added";
    }

    private static long unit(Connection c, String code, String name, String kind, long parent, long id) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            find.setString(1, code);
            var r = find.executeQuery();
            if (r.next()) {
                return r.getLong(1);
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO org_unit (id, version, code, name, kind, parent_id, active) VALUES (?, 1, ?, ?, ?, ?, TRUE)")) {
            insert.setLong(1, id);
            insert.setString(2, code);
            insert.setString(3, name);
            insert.setString(4, kind);
            insert.setLong(5, parent);
            insert.executeUpdate();
        }
        return id;
    }

    private static int insertActivity(Connection c, long id, String code, long department, String type) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM activity WHERE code = ?")) {
            find.setString(1, code);
            if (find.executeQuery().next()) {
                return 0;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO activity (id, version, code, name, kind, department_id,"
                + " active) VALUES (?, 1, ?, ?, ?, ?, TRUE)")) {
            insert.setLong(1, id);
            insert.setString(2, code);
            insert.setString(3, "Verksamhet " + type);
            insert.setString(4, type.startsWith("1") ? "EDUCATION" : type.startsWith("3") ? "RESEARCH" : "SUPPORT");
            insert.setLong(5, department);
            return insert.executeUpdate();
        }
    }
}
