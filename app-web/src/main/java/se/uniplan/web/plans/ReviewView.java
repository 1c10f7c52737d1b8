package se.uniplan.web.plans;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.plan.CellDiff;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanEvent;
import se.uniplan.plan.PlanFigures;
import se.uniplan.plan.PlanService;
import se.uniplan.plan.PlanSnapshot;
import se.uniplan.plan.PlanState;
import se.uniplan.plan.PlanWorkflow;
import se.uniplan.plan.PlanWorkflowService;
import se.uniplan.plan.RollUpRow;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;
import se.uniplan.web.ViewParams;

/**
 * plans/review.xhtml?id=…: a department plan as an approver analyses it (totals per activity
 * against last year and the previous forecast), its approval chain so far and its snapshots, and
 * the steps the reader may take. Which buttons show is the workflow's answer, not the page's.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService plans;

    @Inject
    private transient PlanWorkflowService workflow;

    @Inject
    private transient PlanFigures figures;

    private String id;
    private Plan plan;
    private Set<Action> authorities;
    private List<RollUpRow> analysis;
    private List<PlanEvent> events;
    private List<PlanSnapshot> snapshots;
    private PlanSnapshot compared;
    private List<CellDiff> differences;
    private PlanAction pending;
    private String comment;

    /** The view action: loads the plan named by the {@code id} parameter. */
    public void load() {
        long planId = ViewParams.id(id, "Plan");
        plan = plans.view(planId);
        authorities = plans.authorities(planId);
        analysis = figures.analysis(planId);
        events = workflow.events(planId);
        snapshots = workflow.snapshots(planId);
    }

    /** True if the reader may take {@code action} now. */
    public boolean may(PlanAction action) {
        return PlanWorkflow.allows(plan.getRound().getStatus(), plan.getState(), action, authorities);
    }

    /** Takes a step that needs no comment. */
    public void take(PlanAction action) {
        step(action, null);
    }

    /** Remembers which commented step (send back or reopen) the dialog is for. */
    public void prepare(PlanAction action) {
        pending = action;
        comment = null;
    }

    /** Takes the send-back or reopen the dialog was opened for, with its comment. */
    public void takePending() {
        step(pending, comment);
    }

    private void step(PlanAction action, String text) {
        try {
            workflow.take(plan.getId(), plan.getVersion(), action, text);
            Messages.info("review.done." + action.name(), plan.label());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public void compare(PlanSnapshot snapshot) {
        compared = snapshot;
        differences = workflow.compareWithSnapshot(plan.getId(), snapshot.getId());
    }

    /** The state a reopen would return the plan to. */
    public PlanState getBelow() {
        return plan.getState() == PlanState.DRAFT ? null : plan.getState().below();
    }

    public PlanAction[] getSimpleSteps() {
        return new PlanAction[] {PlanAction.REGISTER, PlanAction.APPROVE_1, PlanAction.APPROVE_2};
    }

    public long[] getTotal() {
        long[] total = new long[2];
        for (RollUpRow r : analysis) {
            total[0] += r.revenue();
            total[1] += r.cost();
        }
        return total;
    }

    public boolean isEditor() {
        return authorities.contains(Action.EDIT_PLAN);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Plan getPlan() {
        return plan;
    }

    public List<RollUpRow> getAnalysis() {
        return analysis;
    }

    public List<PlanEvent> getEvents() {
        return events;
    }

    public List<PlanSnapshot> getSnapshots() {
        return snapshots;
    }

    public PlanSnapshot getCompared() {
        return compared;
    }

    public List<CellDiff> getDifferences() {
        return differences;
    }

    public PlanAction getPending() {
        return pending;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
