package se.uniplan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.uniplan.governance.GovernanceObjectKind;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.role.Role;

/**
 * The Flyway migrations ({@code db/migration}) and the demo university ({@code db/demo}) on H2 and,
 * when {@code -Duniplan.test.postgresql=true}, on a local PostgreSQL: the schema builds, the demo
 * tree has the expected shape, every role has its description, every demo role assignment fits
 * what it is held for, and new ids from {@code uniplan_seq} never collide with the demo rows.
 */
class MigrationTest {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/demo"};
    private static final List<String> TABLES_WITH_IDS = List.of("org_unit", "activity", "account", "fiscal_year",
            "person", "governance_object", "governance_body", "role_assignment", "planning_round", "plan", "plan_cell",
            "plan_event");

    @Test
    void migratesH2() throws SQLException {
        String url = "jdbc:h2:mem:uniplan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations(LOCATIONS).javaMigrations(SchemaMigrator.javaMigrations()).load().migrate();
        assertTrue(result.success);

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertDemoDatabase(connection, "SELECT NEXT VALUE FOR uniplan_seq");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    @Test
    void migratesPostgreSql() throws SQLException {
        Assumptions.assumeTrue(Boolean.parseBoolean(System.getProperty("uniplan.test.postgresql")),
                "set -Duniplan.test.postgresql=true to run against PostgreSQL on 127.0.0.1:5432");
        String schema = "uniplan_test_" + UUID.randomUUID().toString().replace("-", "");

        try (Connection admin = DriverManager.getConnection(PG_URL, "postgres", "")) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            try {
                MigrateResult result = Flyway.configure().dataSource(PG_URL, "postgres", "")
                        .schemas(schema).locations(LOCATIONS).javaMigrations(SchemaMigrator.javaMigrations()).load().migrate();
                assertTrue(result.success);
                try (Connection connection = DriverManager.getConnection(PG_URL + "?currentSchema=" + schema,
                        "postgres", "")) {
                    assertEquals(schema, single(connection, "SELECT current_schema()"));
                    assertDemoDatabase(connection, "SELECT nextval('uniplan_seq')");
                }
            } finally {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void assertDemoDatabase(Connection connection, String nextIdSql) throws SQLException {
        assertOrganisationTree(connection);
        assertActivities(connection);
        assertRoleDescriptions(connection);
        assertRoleAssignmentsFit(connection);
        assertEquals(List.of(false), column(connection,
                "SELECT active FROM governance_body WHERE kind = 'USER_COUNCIL'", Boolean.class),
                "the demo user council exists and is inactive");
        assertSequence(connection, nextIdSql);
    }

    private static void assertOrganisationTree(Connection connection) throws SQLException {
        assertEquals(14L, count(connection, "SELECT COUNT(*) FROM org_unit"));
        assertEquals(1L, count(connection, "SELECT COUNT(*) FROM org_unit WHERE kind = 'UNIVERSITY' AND parent_id IS NULL"));
        assertEquals(1L, count(connection, "SELECT COUNT(*) FROM org_unit WHERE parent_id IS NULL"));
        assertEquals(2L, count(connection, "SELECT COUNT(*) FROM org_unit WHERE kind = 'FACULTY'"));
        assertEquals(1L, count(connection, "SELECT COUNT(*) FROM org_unit WHERE kind = 'ADMINISTRATION'"));
        assertEquals(10L, count(connection, "SELECT COUNT(*) FROM org_unit WHERE kind = 'DEPARTMENT'"));
        assertEquals(3L, count(connection, "SELECT COUNT(*) FROM org_unit g JOIN org_unit p ON g.parent_id = p.id"
                + " WHERE g.kind IN ('FACULTY', 'ADMINISTRATION') AND p.kind = 'UNIVERSITY'"),
                "every group sits under the university");
        assertEquals(10L, count(connection, "SELECT COUNT(*) FROM org_unit d JOIN org_unit p ON d.parent_id = p.id"
                + " WHERE d.kind = 'DEPARTMENT' AND p.kind IN ('FACULTY', 'ADMINISTRATION')"),
                "every department sits under a group");
    }

    private static void assertActivities(Connection connection) throws SQLException {
        long activities = count(connection, "SELECT COUNT(*) FROM activity");
        assertTrue(activities >= 24 && activities <= 60, "activities: " + activities);
        assertEquals(activities, count(connection, "SELECT COUNT(*) FROM activity a JOIN org_unit u"
                + " ON a.department_id = u.id WHERE u.kind = 'DEPARTMENT'"), "every activity hangs on a department");
    }

    private static void assertRoleDescriptions(Connection connection) throws SQLException {
        Set<String> described = new HashSet<>(column(connection, "SELECT role FROM role_description", String.class));
        for (Role role : Role.values()) {
            assertTrue(described.contains(role.name()), "no description for " + role);
        }
        for (String name : described) {
            Role.valueOf(name);
        }
        assertEquals(0L, count(connection, "SELECT COUNT(*) FROM role_description"
                + " WHERE TRIM(responsibilities_sv) = '' OR TRIM(responsibilities_en) = ''"));
    }

    private static void assertRoleAssignmentsFit(Connection connection) throws SQLException {
        String sql = "SELECT ra.id, ra.role, u.kind, g.kind FROM role_assignment ra"
                + " LEFT JOIN org_unit u ON ra.unit_id = u.id"
                + " LEFT JOIN governance_object g ON ra.governance_object_id = g.id ORDER BY ra.id";
        Set<Role> seen = EnumSet.noneOf(Role.class);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String id = "role_assignment " + rows.getLong(1);
                Role role = Role.valueOf(rows.getString(2));
                String unitKind = rows.getString(3);
                String objectKind = rows.getString(4);
                seen.add(role);
                if (unitKind != null) {
                    assertTrue(role.isPlanningRole(), id + ": " + role + " is not held for a unit");
                    assertTrue(role.unitKinds().contains(OrgUnitKind.valueOf(unitKind)), id + ": " + role + " on " + unitKind);
                } else {
                    assertEquals(Optional.of(GovernanceObjectKind.valueOf(objectKind)), role.objectKind(),
                            id + ": " + role + " on " + objectKind);
                }
            }
        }
        assertFalse(seen.isEmpty(), "the demo data holds role assignments");
        assertTrue(seen.stream().anyMatch(Role::isPlanningRole) && seen.stream().anyMatch(r -> !r.isPlanningRole()),
                "the demo data holds both planning and governance assignments: " + seen);
    }

    private static void assertSequence(Connection connection, String nextIdSql) throws SQLException {
        long id = ((Number) single(connection, nextIdSql)).longValue();
        assertTrue(id >= 100000, "uniplan_seq starts at 100000, got " + id);
        for (String table : TABLES_WITH_IDS) {
            long max = count(connection, "SELECT COALESCE(MAX(id), 0) FROM " + table);
            assertTrue(id > max, "a new id " + id + " collides with " + table + " (max " + max + ")");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO org_unit"
                + " (id, version, code, name, kind, parent_id, active) VALUES (?, 1, 'TEST-NEW', 'New Department',"
                + " 'DEPARTMENT', (SELECT id FROM org_unit WHERE kind = 'ADMINISTRATION'), TRUE)")) {
            insert.setLong(1, id);
            assertEquals(1, insert.executeUpdate());
        }
        assertEquals(15L, count(connection, "SELECT COUNT(*) FROM org_unit"));
        assertEquals("TEST-NEW", single(connection, "SELECT code FROM org_unit WHERE id = " + id));
        long next = ((Number) single(connection, nextIdSql)).longValue();
        assertTrue(next > id, "the sequence moves on: " + next + " after " + id);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return ((Number) single(connection, sql)).longValue();
    }

    private static Object single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            Object value = rows.getObject(1);
            assertFalse(rows.next(), "more than one row: " + sql);
            return value;
        }
    }

    private static <T> List<T> column(Connection connection, String sql, Class<T> type) throws SQLException {
        List<T> values = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getObject(1, type));
            }
        }
        return values;
    }
}
