package se.uniplan.it.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import se.uniplan.plugin.api.DataKind;
import se.uniplan.plugin.api.PluginHealth;
import se.uniplan.plugin.api.SourceSystemPlugin;

/** A plugin that only the discovery test installs: healthy, enabled by its jar's configuration. */
@ApplicationScoped
public class TestLedgerPlugin implements SourceSystemPlugin {

    @Override
    public String id() {
        return "test-ledger";
    }

    @Override
    public String displayName() {
        return "Testhuvudbok";
    }

    @Override
    public Set<DataKind> supplies() {
        return EnumSet.of(DataKind.LEDGER, DataKind.ACCOUNTS);
    }

    @Override
    public PluginHealth health() {
        return PluginHealth.up("drop folder readable");
    }
}
