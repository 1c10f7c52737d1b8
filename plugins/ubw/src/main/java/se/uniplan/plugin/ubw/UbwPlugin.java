package se.uniplan.plugin.ubw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import se.uniplan.plugin.api.DataKind;
import se.uniplan.plugin.api.PluginHealth;
import se.uniplan.plugin.api.SourceSystemPlugin;
import se.uniplan.plugin.api.ledger.LedgerFileReader;

/**
 * UBW (Unit4 Business World, formerly Agresso), the general ledger: reads SIE files and UBW's
 * table exports as CSV and hands neutral ledger records to the core. Its settings are read on
 * every file, so IT can change a mapping without a redeploy.
 */
@ApplicationScoped
public class UbwPlugin implements SourceSystemPlugin {

    @Inject
    private Config config;

    @Override
    public String id() {
        return "ubw";
    }

    @Override
    public String displayName() {
        return "UBW (Unit4 Business World)";
    }

    @Override
    public Set<DataKind> supplies() {
        return EnumSet.of(DataKind.LEDGER, DataKind.ACCOUNTS, DataKind.DIMENSIONS);
    }

    @Override
    public PluginHealth health() {
        return PluginHealth.up("SIE 1–4, agltransact/aglaccounts/agldimvalue CSV");
    }

    @Override
    public Optional<LedgerFileReader> ledgerReader() {
        return Optional.of(new UbwLedgerReader(settings()));
    }

    private UbwSettings settings() {
        return UbwSettings.from(key -> config.getOptionalValue(UbwSettings.PREFIX + key, String.class));
    }
}
