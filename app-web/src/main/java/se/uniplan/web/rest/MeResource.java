package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.uniplan.access.CurrentActor;
import se.uniplan.person.Person;
import se.uniplan.person.PersonService;
import se.uniplan.role.RoleService;
import se.uniplan.web.rest.Dtos.MeDto;
import se.uniplan.web.rest.Dtos.RoleDto;

/** {@code GET /api/me}: who the caller is and which roles they hold. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PersonService people;

    @Inject
    private RoleService roles;

    @GET
    public MeDto me() {
        return new MeDto(currentActor.username(),
                people.me().map(Person::getFullName).orElse(null),
                currentActor.get().systemRoles().stream().map(Enum::name).sorted().toList(),
                roles.mine().stream().map(a -> new RoleDto(a.getRole().name(),
                        a.getUnit() == null ? null : a.getUnit().getId(),
                        a.getGovernanceObject() == null ? null : a.getGovernanceObject().getId(),
                        a.targetName(),
                        a.getRole().authorities().stream().map(Enum::name).sorted().toList())).toList());
    }
}
