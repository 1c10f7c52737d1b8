package se.uniplan.web.it;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.uniplan.integration.IntegrationService;
import se.uniplan.integration.PluginStatus;

/** it/integrations.xhtml: every source-system plugin found, whether it is enabled, and its health. */
@Named
@ViewScoped
public class IntegrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient IntegrationService integrations;

    private List<PluginStatus> plugins;

    @PostConstruct
    void load() {
        plugins = integrations.plugins();
    }

    public List<PluginStatus> getPlugins() {
        return plugins;
    }
}
