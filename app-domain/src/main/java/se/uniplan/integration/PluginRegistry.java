package se.uniplan.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import se.uniplan.plugin.api.PluginHealth;
import se.uniplan.plugin.api.SourceSystemPlugin;
import se.uniplan.plugin.api.ledger.LedgerFileReader;
import java.util.Optional;

/**
 * Finds the source-system plugins through CDI and tells which IT has enabled. The core never
 * names a plugin: whatever implements {@link SourceSystemPlugin} in the EAR's {@code lib/} is
 * found, sorted by id (CDI gives no stable order), and enabled only by configuration.
 *
 * <p>Configuration (MicroProfile Config, read on every call so that IT can change it with
 * {@code asadmin set-config-property} without a redeploy):
 * <ul>
 *   <li>{@code uniplan.plugin.<id>.enabled}: {@code true} to enable the plugin (default {@code false}).</li>
 * </ul>
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    @Any
    private Instance<SourceSystemPlugin> plugins;

    @Inject
    private Config config;

    /** The configuration key that enables the plugin with this id. */
    public static String enabledKey(String pluginId) {
        return "uniplan.plugin." + pluginId + ".enabled";
    }

    /** Every discovered plugin with its state, by id. */
    public List<PluginStatus> statuses() {
        List<PluginStatus> result = new ArrayList<>();
        for (Instance.Handle<SourceSystemPlugin> handle : plugins.handles()) {
            try {
                SourceSystemPlugin plugin = handle.get();
                result.add(new PluginStatus(plugin.id(), plugin.displayName(), plugin.supplies(),
                        isEnabled(plugin.id()), enabledKey(plugin.id()), healthOf(plugin)));
            } finally {
                handle.destroy();
            }
        }
        result.sort(Comparator.comparing(PluginStatus::id));
        return result;
    }

    /** True if IT has enabled the plugin with this id. */
    public boolean isEnabled(String pluginId) {
        return config.getOptionalValue(enabledKey(pluginId), Boolean.class).orElse(false);
    }

    /**
     * The ledger reader of an enabled plugin. Plugins are application-scoped beans, so the reader
     * stays valid after the handle is let go.
     */
    public Optional<LedgerFileReader> ledgerReader(String pluginId) {
        if (!isEnabled(pluginId)) {
            return Optional.empty();
        }
        for (Instance.Handle<SourceSystemPlugin> handle : plugins.handles()) {
            SourceSystemPlugin plugin = handle.get();
            if (plugin.id().equals(pluginId)) {
                return plugin.ledgerReader();
            }
        }
        return Optional.empty();
    }

    /** The ids of the enabled plugins that read ledger files, sorted. */
    public List<String> ledgerSources() {
        List<String> ids = new ArrayList<>();
        for (Instance.Handle<SourceSystemPlugin> handle : plugins.handles()) {
            SourceSystemPlugin plugin = handle.get();
            if (isEnabled(plugin.id()) && plugin.ledgerReader().isPresent()) {
                ids.add(plugin.id());
            }
        }
        ids.sort(null);
        return ids;
    }

    /** A plugin-specific configuration value ({@code uniplan.plugin.<id>.<key>}), if set. */
    public Optional<String> setting(String pluginId, String key) {
        return config.getOptionalValue("uniplan.plugin." + pluginId + "." + key, String.class);
    }

    private static PluginHealth healthOf(SourceSystemPlugin plugin) {
        try {
            PluginHealth health = plugin.health();
            return health == null ? PluginHealth.down("no answer") : health;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health check of plugin " + plugin.id() + " failed", e);
            return PluginHealth.down(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
