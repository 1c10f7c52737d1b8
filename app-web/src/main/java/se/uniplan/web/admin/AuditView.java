package se.uniplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.uniplan.audit.AuditEntry;
import se.uniplan.audit.AuditQuery;
import se.uniplan.audit.AuditTrail;

/** admin/audit.xhtml: the audit trail, newest first, filtered by type and free text. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail audit;

    private String entityType;
    private String text;
    private List<AuditEntry> entries;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        entries = audit.search(new AuditQuery(entityType, null, text, 0, AuditTrail.MAX_PAGE));
    }

    public List<String> getEntityTypes() {
        return List.of("OrgUnit", "Person", "RoleAssignment", "RoleDescription", "GovernanceBody", "PlanningRound", "Plan",
                "PlanCell", "PlanComment", "Substitution");
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
