package se.uniplan.integration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;

/** The integrations page's view of the plugins, for IT only. */
@Stateless
public class IntegrationService {

    @Inject
    private PluginRegistry registry;

    @Inject
    private CurrentActor currentActor;

    public List<PluginStatus> plugins() {
        currentActor.get().require(Action.ADMINISTER_INTEGRATIONS);
        return registry.statuses();
    }
}
