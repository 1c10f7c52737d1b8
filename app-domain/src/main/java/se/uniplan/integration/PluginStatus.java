package se.uniplan.integration;

import java.util.Set;
import se.uniplan.plugin.api.DataKind;
import se.uniplan.plugin.api.PluginHealth;

/**
 * What the integrations page shows of one discovered plugin.
 *
 * @param id          the plugin's id
 * @param displayName its name
 * @param supplies    the kinds of data it supplies
 * @param enabled     whether IT has enabled it ({@code uniplan.plugin.<id>.enabled})
 * @param enabledKey  the configuration key that enables it, for IT to read off the page
 * @param health      its self-check
 */
public record PluginStatus(String id, String displayName, Set<DataKind> supplies, boolean enabled,
                           String enabledKey, PluginHealth health) {
}
