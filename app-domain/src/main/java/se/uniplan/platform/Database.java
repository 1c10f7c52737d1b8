package se.uniplan.platform;

/** Where UniPlan's data lives. */
public final class Database {

    /**
     * The JNDI name of UniPlan's data source. The server defines it (asadmin
     * {@code create-jdbc-resource}), pointing at embedded H2 in the demo and test domains and at
     * PostgreSQL in production: see the README.
     */
    public static final String JNDI_NAME = "jdbc/uniplan";

    private Database() {
    }

    /** True if the connection is to PostgreSQL (COPY, partitions), false for H2. */
    public static boolean isPostgreSql(java.sql.Connection connection) throws java.sql.SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
