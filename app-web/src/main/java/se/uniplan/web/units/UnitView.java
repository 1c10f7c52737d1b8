package se.uniplan.web.units;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.uniplan.activity.Activity;
import se.uniplan.activity.ActivityService;
import se.uniplan.audit.AuditEntry;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrganisationService;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanService;
import se.uniplan.role.RoleAssignment;
import se.uniplan.role.RoleService;
import se.uniplan.web.ViewParams;

/**
 * units/unit.xhtml?id=…: one unit with its sub-units, activities, role holders and history.
 * Loading refuses with 403 or 404 through the one error path when the user may not see it.
 */
@Named
@ViewScoped
public class UnitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisation;

    @Inject
    private transient ActivityService activities;

    @Inject
    private transient RoleService roles;

    @Inject
    private transient PlanService planService;

    private String id;
    private OrgUnit unit;
    private List<OrgUnit> children;
    private List<Activity> activityList;
    private List<RoleAssignment> holders;
    private List<AuditEntry> history;
    private List<Plan> plans;

    /** The view action: loads the unit named by the {@code id} parameter. */
    public void load() {
        long unitId = ViewParams.id(id, "OrgUnit");
        unit = organisation.viewUnit(unitId);
        children = organisation.childrenOf(unitId);
        activityList = activities.ofUnit(unitId);
        holders = roles.atUnit(unitId);
        history = organisation.history(unitId);
        plans = planService.ofDepartment(unitId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public List<OrgUnit> getChildren() {
        return children;
    }

    public List<Activity> getActivities() {
        return activityList;
    }

    public List<RoleAssignment> getHolders() {
        return holders;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    /** The department's plans in every round, for whoever may see its figures. */
    public List<Plan> getPlans() {
        return plans;
    }
}
