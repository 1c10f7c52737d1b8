package se.uniplan.web.plans;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanService;
import se.uniplan.plan.ReadOnlyReason;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundService;
import se.uniplan.web.ViewParams;

/**
 * plans/plan.xhtml?id=…: one department's plan. The bean loads the header (round, department,
 * state and why the plan is read-only) and the rounds it can start from a copy of; the grid,
 * its totals and every change go through the plan API from the page's script. Loading refuses
 * with 403 or 404 through the one error path.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService plans;

    @Inject
    private transient RoundService rounds;

    private String id;
    private Plan plan;
    private Set<Action> authorities;
    private List<PlanningRound> copySources;

    /** The view action: loads the plan named by the {@code id} parameter. */
    public void load() {
        long planId = ViewParams.id(id, "Plan");
        plan = plans.view(planId);
        authorities = plans.authorities(planId);
        copySources = rounds.comparedWith(plan.getRound());
    }

    /** True if the user may change the figures now. */
    public boolean isEditable() {
        return plan.readOnlyReason(authorities) == null;
    }

    /**
     * Why the figures cannot be changed, as the suffix of a {@code plan.readOnly.*} key:
     * the state when the plan is locked, ROUND_NOT_OPEN, NO_AUTHORITY, or null when editable.
     */
    public String getReadOnlyReason() {
        ReadOnlyReason reason = plan.readOnlyReason(authorities);
        if (reason == null) {
            return null;
        }
        return reason == ReadOnlyReason.LOCKED ? plan.getState().name() : reason.name();
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

    /** A forecast can start from actuals to date plus the budget for the rest of the year. */
    public boolean isProposalOffered() {
        return plan.getRound().getKind() == se.uniplan.round.RoundKind.FORECAST;
    }

    /** True if the copy dialog has anything to start from. */
    public boolean isCopyOffered() {
        return isProposalOffered() || !copySources.isEmpty();
    }

    public List<PlanningRound> getCopySources() {
        return copySources;
    }
}
