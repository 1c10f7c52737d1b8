package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanEvent;
import se.uniplan.plan.PlanService;
import se.uniplan.plan.PlanWorkflowService;
import se.uniplan.shared.RuleViolationException;

/**
 * A plan's approval chain under {@code /api/plans/{id}/steps}: read where it stands and take the
 * next step (register, approve, send back, reopen) with the same checks as the plan's page.
 */
@Path("plans/{id}/steps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Budget and forecast plans of departments")
public class PlanStepResource {

    @Inject
    private PlanService plans;

    @Inject
    private PlanWorkflowService workflow;

    /** Where the plan stands, with the version a step must name. */
    public record PlanStateDto(long planId, long version, String label, String state) {
        static PlanStateDto of(Plan p) {
            return new PlanStateDto(p.getId(), p.getVersion(), p.label(), p.getState().name());
        }
    }

    /** One step taken on the plan. */
    public record StepDto(String action, String from, String to, String actor, String onBehalfOf, Instant at,
                          String comment) {
        static StepDto of(PlanEvent e) {
            return new StepDto(e.getAction().name(), e.getFromState().name(), e.getToState().name(), e.getActor(),
                    e.getOnBehalfOf(), e.getHappenedAt(), e.getComment());
        }
    }

    /** The plan now and its steps so far, newest first. */
    public record StepsDto(PlanStateDto plan, List<StepDto> steps) {
    }

    /**
     * A step to take.
     *
     * @param action          REGISTER, APPROVE_1, APPROVE_2, SEND_BACK or REOPEN
     * @param expectedVersion the plan's version as the caller read it
     * @param comment         required for SEND_BACK and REOPEN
     */
    public record StepRequest(String action, long expectedVersion, String comment) {
    }

    @GET
    @Operation(summary = "The plan's state, version and approval steps so far")
    @APIResponse(responseCode = "200", description = "the plan and its steps, newest first")
    @APIResponse(responseCode = "403", description = "the caller may not see the plan's figures")
    @APIResponse(responseCode = "404", description = "no such plan")
    public StepsDto steps(@Parameter(description = "the plan's id") @PathParam("id") long id) {
        return new StepsDto(PlanStateDto.of(plans.view(id)), workflow.events(id).stream().map(StepDto::of).toList());
    }

    @POST
    @Operation(summary = "Take the next step on the plan's approval chain",
            description = "Register (economist), approve at level 1 or 2, send back to the economist or reopen an"
                    + " approved plan, with a comment where the step needs one. The level-final approval is the"
                    + " round's, not a plan's.")
    @APIResponse(responseCode = "200", description = "the plan after the step")
    @APIResponse(responseCode = "403", description = "the caller may not take this step on this plan")
    @APIResponse(responseCode = "404", description = "no such plan")
    @APIResponse(responseCode = "409", description = "the plan changed since the caller read expectedVersion")
    @APIResponse(responseCode = "422", description = "the step is not possible now, or a required comment is missing")
    public PlanStateDto take(@Parameter(description = "the plan's id") @PathParam("id") long id, StepRequest request) {
        PlanAction action;
        try {
            action = PlanAction.valueOf(String.valueOf(request.action()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("error.plan.unknownAction", request.action());
        }
        if (action == PlanAction.EDIT) {
            throw new RuleViolationException("error.plan.unknownAction", request.action());
        }
        return PlanStateDto.of(workflow.take(id, request.expectedVersion(), action, request.comment()));
    }
}
