package se.uniplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.TreeNode;
import se.uniplan.audit.AuditEntry;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.org.OrganisationService;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;
import se.uniplan.web.units.OrgTrees;

/**
 * admin/organisation.xhtml: the system administrator maintains the organisation tree. Each action
 * is one service call followed by a message; the rules are the domain's.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisation;

    private List<OrgUnit> units;
    private TreeNode<OrgUnit> tree;

    private OrgUnit selected;
    private String newName;
    private Long newParentId;
    private String newCode;
    private OrgUnitKind newKind;
    private List<AuditEntry> history;

    @PostConstruct
    void load() {
        units = organisation.allUnits();
        tree = OrgTrees.build(units);
    }

    /** Opens a dialog for {@code unit}: remembers it and its current values. */
    public void select(OrgUnit unit) {
        selected = unit;
        newName = unit.getName();
        newParentId = unit.getParent() == null ? null : unit.getParent().getId();
        newCode = null;
        newKind = childKinds().stream().findFirst().orElse(null);
        history = organisation.history(unit.getId());
    }

    /** Prepares the "new sub-unit" dialog under the selected unit. */
    public void prepareCreate(OrgUnit parent) {
        select(parent);
        newName = null;
    }

    public void rename() {
        run(() -> organisation.rename(selected.getId(), selected.getVersion(), newName), "org.renamed");
    }

    public void move() {
        run(() -> organisation.move(selected.getId(), selected.getVersion(), newParentId == null ? -1 : newParentId), "org.moved");
    }

    public void toggleActive(OrgUnit unit) {
        if (unit.isActive()) {
            run(() -> organisation.deactivate(unit.getId(), unit.getVersion()), "org.deactivated");
        } else {
            run(() -> organisation.reactivate(unit.getId(), unit.getVersion()), "org.reactivated");
        }
    }

    public void create() {
        run(() -> organisation.create(selected.getId(), newCode, newName, newKind), "org.created");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey);
            load();
        } catch (BusinessException e) {
            Messages.error(e);
            load();
        }
    }

    /** Units the selected unit could be moved under (same rule as the domain applies). */
    public List<OrgUnit> getParentCandidates() {
        if (selected == null) {
            return List.of();
        }
        return units.stream().filter(u -> selected.getKind().allowedParents().contains(u.getKind()) && u.isActive()).toList();
    }

    /** Kinds of unit that may be created under the selected one. */
    public List<OrgUnitKind> childKinds() {
        if (selected == null) {
            return List.of();
        }
        return Arrays.stream(OrgUnitKind.values()).filter(k -> k.allowedParents().contains(selected.getKind())).toList();
    }

    public TreeNode<OrgUnit> getTree() {
        return tree;
    }

    public OrgUnit getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public OrgUnitKind getNewKind() {
        return newKind;
    }

    public void setNewKind(OrgUnitKind newKind) {
        this.newKind = newKind;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }
}
