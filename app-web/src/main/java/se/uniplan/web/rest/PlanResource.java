package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.followup.ForecastProposalService;
import se.uniplan.plan.ChangePath;
import se.uniplan.plan.PlanEditing;
import se.uniplan.plan.PlanService;
import se.uniplan.plan.SpreadingKey;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.web.rest.PlanDtos.CellChangeDto;
import se.uniplan.web.rest.PlanDtos.CellHistoryDto;
import se.uniplan.web.rest.PlanDtos.CommentDto;
import se.uniplan.web.rest.PlanDtos.CommentRequest;
import se.uniplan.web.rest.PlanDtos.CopyRequest;
import se.uniplan.web.rest.PlanDtos.CopyResult;
import se.uniplan.web.rest.PlanDtos.GridDto;
import se.uniplan.web.rest.PlanDtos.PlanDto;
import se.uniplan.web.rest.PlanDtos.SpreadRequest;

/**
 * A department's plan over JSON: the header, the grid, writing figures, a figure's history,
 * comments, spreading a year total and starting from a copy. Each call is one service call, so
 * the API passes the same authority checks, locks and audit as the plan page; refusals come back
 * through {@link BusinessExceptionMapper} (403, 404, 409 for a stale expected value, 422 for a
 * locked plan or a broken rule) with a message in the caller's language.
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Budget and forecast plans of departments: figures, comments, spreading, copying")
public class PlanResource {

    /** The value of {@code source} the plan page sends, so that its writes are audited as typed in the grid. */
    static final String GRID_SOURCE = "grid";

    @Inject
    private PlanService plans;

    @Inject
    private PlanEditing editing;

    @Inject
    private ForecastProposalService proposals;

    @GET
    @Path("{id}")
    @Operation(summary = "The plan's header: round, department, state, who set it and when, what the caller may do")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "The caller may not see the department's figures")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanDto plan(@PathParam("id") long id) {
        return PlanDto.of(plans.view(id), plans.authorities(id));
    }

    @GET
    @Path("{id}/grid")
    @Operation(summary = "Everything the entry grid draws: activities, accounts, non-zero cells as"
            + " [activityId, accountId, period, amount], comments and whether the caller may edit")
    @APIResponse(responseCode = "200", description = "The grid")
    @APIResponse(responseCode = "403", description = "The caller may not see the department's figures")
    public GridDto grid(@PathParam("id") long id) {
        return GridDto.of(plans.grid(id));
    }

    @GET
    @Path("{id}/cells")
    @Operation(summary = "The plan's current non-zero figures, optionally of one activity and account")
    @APIResponse(responseCode = "200", description = "Cells as [activityId, accountId, period, amount]")
    public List<long[]> cells(@PathParam("id") long id,
                              @Parameter(description = "only this activity") @QueryParam("activity") Long activity,
                              @Parameter(description = "only this account") @QueryParam("account") Long account) {
        return PlanDtos.nonZero(plans.grid(id).cells().stream()
                .filter(c -> activity == null || c.activityId() == activity)
                .filter(c -> account == null || c.accountId() == account).toList());
    }

    @PUT
    @Path("{id}/cells")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Writes figures, all or nothing; each names the amount the writer saw (expected)")
    @APIResponse(responseCode = "200", description = "The cells that changed, as [activityId, accountId, period, amount]")
    @APIResponse(responseCode = "403", description = "The caller may not edit the department's plan")
    @APIResponse(responseCode = "409", description = "A cell no longer holds the expected amount; nothing was saved")
    @APIResponse(responseCode = "422", description = "The plan is locked, the round not open, or a figure breaks a rule")
    public List<long[]> write(@PathParam("id") long id,
                              @Parameter(description = "'grid' when the plan page writes; otherwise the write is audited as REST")
                              @QueryParam("source") String source,
                              List<CellChangeDto> changes) {
        ChangePath path = GRID_SOURCE.equals(source) ? ChangePath.GRID : ChangePath.REST;
        return PlanDtos.asArrays(plans.writeCells(id, changes == null ? List.of()
                : changes.stream().map(CellChangeDto::toChange).toList(), path));
    }

    @GET
    @Path("{id}/cells/history")
    @Operation(summary = "Every change to one figure, newest first: who, when, old → new and the path")
    @APIResponse(responseCode = "200", description = "The history; empty for a figure never changed in UniPlan")
    public List<CellHistoryDto> history(@PathParam("id") long id, @QueryParam("activity") long activity,
                                        @QueryParam("account") long account, @QueryParam("period") int period) {
        return plans.cellHistory(id, activity, account, period).stream().map(CellHistoryDto::of).toList();
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The comments on the plan, its rows and its cells, oldest first")
    @APIResponse(responseCode = "200", description = "The comments")
    public List<CommentDto> comments(@PathParam("id") long id) {
        return plans.comments(id).stream().map(CommentDto::of).toList();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comments on the plan (no activity), a row (activity and account) or a cell (and period);"
            + " anyone who may see the plan may comment, in any state")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "422", description = "No text, too long a text, or a target that does not exist")
    public Response comment(@PathParam("id") long id, CommentRequest request) {
        CommentRequest r = request == null ? new CommentRequest(null, null, null, null) : request;
        return Response.status(Response.Status.CREATED)
                .entity(CommentDto.of(plans.comment(id, r.activityId(), r.accountId(), r.period(), r.text()))).build();
    }

    @POST
    @Path("{id}/spread")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spreads a year total over a row's twelve months: EVEN, LIKE_LAST_YEAR or CUSTOM"
            + " (twelve weights); the months add up to the total exactly")
    @APIResponse(responseCode = "200", description = "The cells that changed")
    @APIResponse(responseCode = "422", description = "The plan is locked, or the key cannot be used")
    public List<long[]> spread(@PathParam("id") long id, SpreadRequest request) {
        if (request == null) {
            throw new RuleViolationException("error.spread.kind");
        }
        return PlanDtos.asArrays(editing.spread(id, request.activityId(), request.accountId(), request.total(),
                kind(request.kind()), request.weights()));
    }

    @POST
    @Path("{id}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the plan's figures with the same department's figures in another round")
    @APIResponse(responseCode = "200", description = "How many figures changed")
    @APIResponse(responseCode = "422", description = "The plan is locked, or the round has no plan for the department")
    public CopyResult copy(@PathParam("id") long id, CopyRequest request) {
        if (request == null) {
            throw new RuleViolationException("error.plan.noSourcePlan", "", "");
        }
        return new CopyResult(editing.copyFrom(id, request.sourceRoundId()));
    }

    @POST
    @Path("{id}/forecast-proposal")
    @Operation(summary = "Replaces a forecast plan's figures with actuals to date and the budget for the remaining months",
            description = "Months up to the last month the ledger holds take the department's actuals (whole kronor), later"
                    + " months the year's budget; figures neither has become zero. Audited as a copy.")
    @APIResponse(responseCode = "200", description = "How many figures changed, the last month of actuals, and öre left out"
            + " (booked on no activity)")
    @APIResponse(responseCode = "422", description = "The plan is no forecast, is locked, or the year has no budget")
    public FollowUpDtos.ProposalDto forecastProposal(@PathParam("id") long id) {
        return FollowUpDtos.ProposalDto.of(proposals.propose(id));
    }

    private static SpreadingKey.Kind kind(String name) {
        try {
            return SpreadingKey.Kind.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("error.spread.kind");
        }
    }
}
