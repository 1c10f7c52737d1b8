package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.uniplan.activity.ActivityService;
import se.uniplan.org.OrganisationService;
import se.uniplan.web.rest.Dtos.ActivityDto;
import se.uniplan.web.rest.Dtos.AuditDto;
import se.uniplan.web.rest.Dtos.UnitDto;

/**
 * Read access to the organisation: {@code GET /api/units} lists the units the caller may see;
 * the others refuse with 403 for a unit outside the caller's authority.
 */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    private OrganisationService organisation;

    @Inject
    private ActivityService activities;

    @GET
    public List<UnitDto> visible() {
        return organisation.visibleUnits().stream().map(UnitDto::of).toList();
    }

    @GET
    @Path("{id}")
    public UnitDto unit(@PathParam("id") long id) {
        return UnitDto.of(organisation.viewUnit(id));
    }

    @GET
    @Path("{id}/children")
    public List<UnitDto> children(@PathParam("id") long id) {
        return organisation.childrenOf(id).stream().map(UnitDto::of).toList();
    }

    @GET
    @Path("{id}/activities")
    public List<ActivityDto> activities(@PathParam("id") long id) {
        return activities.ofUnit(id).stream().map(ActivityDto::of).toList();
    }

    @GET
    @Path("{id}/history")
    public List<AuditDto> history(@PathParam("id") long id) {
        return organisation.history(id).stream().map(AuditDto::of).toList();
    }
}
