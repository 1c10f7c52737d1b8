package se.uniplan.plugin.api;

import java.util.Optional;
import java.util.Set;
import se.uniplan.plugin.api.ledger.LedgerFileReader;

/**
 * A source system that feeds UniPlan with data: the general ledger (UBW), personnel (Primula),
 * the staffing plan (Retendo) or student forecasts (Stina).
 *
 * <p>A plugin is a CDI bean in a jar of the EAR's {@code lib/} folder, with a
 * {@code META-INF/beans.xml} and a bean-defining annotation such as {@code @ApplicationScoped}.
 * The core finds every implementation through {@code @Inject @Any Instance<SourceSystemPlugin>}
 * and never refers to a plugin by name. IT enables a plugin with the MicroProfile Config key
 * {@code uniplan.plugin.<id>.enabled=true}; a disabled plugin is listed but never asked for data.
 *
 * <p>A plugin speaks its own system's language and hands neutral records to the core; it never
 * touches the database. Example:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class UbwPlugin implements SourceSystemPlugin {
 *     public String id() { return "ubw"; }
 *     public String displayName() { return "UBW (Unit4 Business World)"; }
 *     public Set<DataKind> supplies() { return EnumSet.of(DataKind.LEDGER, DataKind.ACCOUNTS); }
 *     public PluginHealth health() { return PluginHealth.up("drop folder readable"); }
 * }
 * }</pre>
 */
public interface SourceSystemPlugin {

    /**
     * A stable identifier of lower-case letters, digits and hyphens. It names the plugin's
     * configuration keys ({@code uniplan.plugin.<id>.*}) and must never change once deployed.
     */
    String id();

    /** The system's name as IT and finance staff know it, for example "Primula". */
    String displayName();

    /** What kinds of data the plugin can supply. */
    Set<DataKind> supplies();

    /**
     * A cheap check of whatever the plugin depends on (a drop folder, a file share, a service).
     * It is called when the integrations page is shown and must return within a second;
     * it must not throw.
     */
    PluginHealth health();

    /**
     * The plugin's reader of general-ledger files, if it supplies {@link DataKind#LEDGER}. The core
     * hands it files from the plugin's drop folder, uploads and the REST API.
     */
    default Optional<LedgerFileReader> ledgerReader() {
        return Optional.empty();
    }
}
