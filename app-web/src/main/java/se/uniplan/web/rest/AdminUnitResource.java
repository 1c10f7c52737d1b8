package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.org.OrganisationService;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.web.rest.Dtos.CreateUnitRequest;
import se.uniplan.web.rest.Dtos.MoveRequest;
import se.uniplan.web.rest.Dtos.RenameRequest;
import se.uniplan.web.rest.Dtos.UnitDto;

/**
 * Changes to the organisation tree for the system administrator, under {@code /api/admin/units}.
 * Each change names the version the caller read; an older one is refused with 409.
 */
@Path("admin/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUnitResource {

    @Inject
    private OrganisationService organisation;

    @POST
    public Response create(CreateUnitRequest request) {
        OrgUnitKind kind;
        try {
            kind = OrgUnitKind.valueOf(String.valueOf(request.kind()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("error.org.kindRequired");
        }
        UnitDto created = UnitDto.of(organisation.create(request.parentId(), request.code(), request.name(), kind));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}/name")
    public UnitDto rename(@PathParam("id") long id, RenameRequest request) {
        return UnitDto.of(organisation.rename(id, request.version(), request.name()));
    }

    @PUT
    @Path("{id}/parent")
    public UnitDto move(@PathParam("id") long id, MoveRequest request) {
        return UnitDto.of(organisation.move(id, request.version(), request.parentId()));
    }
}
