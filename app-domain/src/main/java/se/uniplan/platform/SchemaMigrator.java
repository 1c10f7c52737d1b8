package se.uniplan.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before anything else runs. Flyway owns the
 * schema on H2 and PostgreSQL alike; EclipseLink generates no DDL.
 *
 * <p>Configuration:
 * <ul>
 *   <li>{@code uniplan.demo-data} ({@code false}): also load the fictional demo university
 *       ({@code db/demo}). Meant for the demo and test domains only.</li>
 * </ul>
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "uniplan.demo-data", defaultValue = "false")
    private boolean demoData;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations())
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "UniPlan schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied, demo data " + (demoData ? "on" : "off") + ")");
    }

    /** The migrations written in Java, registered rather than scanned for (see {@link V5__LedgerPartitions}). */
    public static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
        return new org.flywaydb.core.api.migration.JavaMigration[] {new V5__LedgerPartitions(), new V6__LedgerEntryIndexes()};
    }

    /** The schema version after start-up, for the health check. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
