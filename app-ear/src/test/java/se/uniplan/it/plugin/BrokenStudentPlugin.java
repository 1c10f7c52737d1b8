package se.uniplan.it.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import se.uniplan.plugin.api.DataKind;
import se.uniplan.plugin.api.PluginHealth;
import se.uniplan.plugin.api.SourceSystemPlugin;

/** A plugin that only the discovery test installs: not enabled, and its health check throws. */
@ApplicationScoped
public class BrokenStudentPlugin implements SourceSystemPlugin {

    @Override
    public String id() {
        return "test-students";
    }

    @Override
    public String displayName() {
        return "Teststudenter";
    }

    @Override
    public Set<DataKind> supplies() {
        return EnumSet.of(DataKind.STUDENT_FORECAST);
    }

    @Override
    public PluginHealth health() {
        throw new IllegalStateException("share not mounted");
    }
}
