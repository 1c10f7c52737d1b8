package se.uniplan.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import se.uniplan.governance.GovernanceObject;
import se.uniplan.governance.GovernanceService;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrganisationService;
import se.uniplan.person.Person;
import se.uniplan.person.PersonService;
import se.uniplan.role.Role;
import se.uniplan.role.RoleAssignment;
import se.uniplan.role.RoleService;
import se.uniplan.shared.BusinessException;
import se.uniplan.shared.NotFoundException;
import se.uniplan.web.Messages;

/** admin/person.xhtml?id=…: the roles one person holds, for units and for governance objects. */
@Named
@ViewScoped
public class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PersonService people;

    @Inject
    private transient RoleService roles;

    @Inject
    private transient OrganisationService organisation;

    @Inject
    private transient GovernanceService governance;

    private String id;
    private Person person;
    private List<RoleAssignment> assignments;
    private List<OrgUnit> units;
    private List<GovernanceObject> objects;

    private Role planningRole = Role.ECONOMIST;
    private Long unitId;
    private Role governanceRole = Role.SUPERUSER;
    private Long objectId;

    /** The view action: loads the person named by the {@code id} parameter. */
    public void load() {
        long personId;
        try {
            personId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Person", String.valueOf(id));
        }
        person = people.get(personId);
        assignments = roles.of(personId);
        units = organisation.allUnits().stream().filter(OrgUnit::isActive).toList();
        objects = governance.objects();
    }

    public void assignPlanningRole() {
        run(() -> roles.assignForUnit(person.getId(), planningRole, unitId == null ? -1 : unitId), "role.assigned");
    }

    public void assignGovernanceRole() {
        run(() -> roles.assignForObject(person.getId(), governanceRole, objectId == null ? -1 : objectId), "role.assigned");
    }

    public void revoke(RoleAssignment assignment) {
        run(() -> roles.revoke(assignment.getId()), "role.revoked");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey);
        } catch (BusinessException e) {
            Messages.error(e);
        }
        assignments = roles.of(person.getId());
    }

    public List<Role> getPlanningRoles() {
        return Arrays.stream(Role.values()).filter(Role::isPlanningRole).toList();
    }

    public List<Role> getGovernanceRoles() {
        return Arrays.stream(Role.values()).filter(r -> !r.isPlanningRole()).toList();
    }

    /** Units of the kinds the chosen planning role is held for. */
    public List<OrgUnit> getUnitCandidates() {
        return units.stream().filter(u -> planningRole != null && planningRole.unitKinds().contains(u.getKind())).toList();
    }

    /** Governance objects of the kind the chosen governance role is held for. */
    public List<GovernanceObject> getObjectCandidates() {
        return objects.stream()
                .filter(o -> governanceRole != null && governanceRole.objectKind().filter(k -> k == o.getKind()).isPresent())
                .toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public List<RoleAssignment> getAssignments() {
        return assignments;
    }

    public Role getPlanningRole() {
        return planningRole;
    }

    public void setPlanningRole(Role planningRole) {
        this.planningRole = planningRole;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Role getGovernanceRole() {
        return governanceRole;
    }

    public void setGovernanceRole(Role governanceRole) {
        this.governanceRole = governanceRole;
    }

    public Long getObjectId() {
        return objectId;
    }

    public void setObjectId(Long objectId) {
        this.objectId = objectId;
    }
}
