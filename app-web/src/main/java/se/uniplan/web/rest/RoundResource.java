package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.plan.PlanFigures;
import se.uniplan.plan.PlanWorkflowService;
import se.uniplan.round.RoundService;
import se.uniplan.round.StatusBoard;
import se.uniplan.web.rest.RoundDtos.BoardRowDto;
import se.uniplan.web.rest.RoundDtos.RollUpDto;
import se.uniplan.web.rest.RoundDtos.RoundDto;
import se.uniplan.web.rest.RoundDtos.TaskDto;

/**
 * Planning rounds, read-only: the rounds, a round's status board and roll-up, and the caller's
 * task list. Figures are filtered and refused by the same authority checks as the pages.
 */
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning rounds", description = "Budget and forecast rounds, their status board and roll-up")
public class RoundResource {

    @Inject
    private RoundService rounds;

    @Inject
    private StatusBoard board;

    @Inject
    private PlanFigures figures;

    @Inject
    private PlanWorkflowService workflow;

    @GET
    @Operation(summary = "Every planning round, newest fiscal year first")
    public List<RoundDto> all() {
        return rounds.all().stream().map(RoundDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One planning round")
    public RoundDto round(@PathParam("id") long id) {
        return RoundDto.of(rounds.get(id));
    }

    @GET
    @Path("{id}/board")
    @Operation(summary = "The status board: each department plan the caller may see, whom it waits on, deadline, totals")
    public List<BoardRowDto> board(@PathParam("id") long id, @QueryParam("group") Long groupId) {
        return board.of(id, groupId).stream().map(BoardRowDto::of).toList();
    }

    @GET
    @Path("{id}/rollup")
    @Operation(summary = "Totals for each unit directly under the given unit (the university when none is given)")
    public List<RollUpDto> rollUp(@PathParam("id") long id, @QueryParam("unit") Long unitId) {
        long unit = unitId == null ? rounds.university().getId() : unitId;
        return figures.rollUp(id, unit).stream().map(RollUpDto::of).toList();
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The plans waiting for the caller, including those they hold as a substitute")
    public List<TaskDto> tasks() {
        return workflow.myTasks().stream().map(TaskDto::of).toList();
    }
}
