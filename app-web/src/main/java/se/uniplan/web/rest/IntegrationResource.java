package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.uniplan.integration.IntegrationService;
import se.uniplan.integration.PluginStatus;

/** {@code GET /api/integrations}: the discovered source-system plugins, for IT. */
@Path("integrations")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    @Inject
    private IntegrationService integrations;

    @GET
    public List<PluginStatus> plugins() {
        return integrations.plugins();
    }
}
