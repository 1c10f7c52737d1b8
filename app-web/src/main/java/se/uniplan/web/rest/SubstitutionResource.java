package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.person.Person;
import se.uniplan.person.PersonService;
import se.uniplan.shared.NotFoundException;
import se.uniplan.substitute.Substitution;
import se.uniplan.substitute.SubstitutionService;

/**
 * The caller's substitutes (vikarier) under {@code /api/me/substitutions}, as on the page
 * me/substitutes.xhtml: the system administrator may also name one for somebody else.
 */
@Path("me/substitutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Substitutes", description = "Who stands in for whom, and when")
public class SubstitutionResource {

    @Inject
    private SubstitutionService substitutions;

    @Inject
    private PersonService people;

    /** One substitution: {@code substitute} acts for {@code person} from the first to the last day. */
    public record SubstitutionDto(long id, long personId, String person, long substituteId, String substitute,
                                  LocalDate firstDay, LocalDate lastDay, boolean active) {
        static SubstitutionDto of(Substitution s) {
            return new SubstitutionDto(s.getId(), s.getPerson().getId(), s.getPerson().getFullName(),
                    s.getSubstitute().getId(), s.getSubstitute().getFullName(), s.getFirstDay(), s.getLastDay(),
                    s.covers(LocalDate.now()));
        }
    }

    /** Somebody who can be named a substitute. */
    public record CandidateDto(long id, String username, String fullName) {
    }

    /**
     * A substitute to name.
     *
     * @param personId     whom the substitute stands in for; the caller if left out
     * @param substituteId who stands in
     */
    public record NameRequest(Long personId, long substituteId, LocalDate firstDay, LocalDate lastDay) {
    }

    @GET
    @Operation(summary = "The caller's substitutions: whom they stand in for and who stands in for them")
    public List<SubstitutionDto> mine() {
        return substitutions.mine().stream().map(SubstitutionDto::of).toList();
    }

    @GET
    @Path("candidates")
    @Operation(summary = "The active people who can be named a substitute")
    public List<CandidateDto> candidates() {
        return substitutions.candidates().stream()
                .map(p -> new CandidateDto(p.getId(), p.getUsername(), p.getFullName())).toList();
    }

    @POST
    @Operation(summary = "Name a substitute for a period, first and last day included")
    @APIResponse(responseCode = "201", description = "the substitution")
    @APIResponse(responseCode = "403", description = "only the person themself or the system administrator may")
    @APIResponse(responseCode = "422", description = "oneself, an inactive person, or a period that ends before it starts")
    public Response name(NameRequest request) {
        long personId = request.personId() != null ? request.personId()
                : people.me().map(Person::getId).orElseThrow(() -> new NotFoundException("Person", "me"));
        Substitution named = substitutions.name(personId, request.substituteId(), request.firstDay(), request.lastDay());
        return Response.status(Response.Status.CREATED).entity(SubstitutionDto.of(named)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a substitution")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "403", description = "only the person themself or the system administrator may")
    @APIResponse(responseCode = "404", description = "no such substitution")
    public void remove(@PathParam("id") long id) {
        substitutions.remove(id);
    }
}
