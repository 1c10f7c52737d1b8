package se.uniplan.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * Something that governance roles are held for: a process, a managed object such as UniPlan
 * itself, or an e-area.
 */
@Entity
@Table(name = "governance_object")
@NamedQuery(name = "GovernanceObject.all", query = "SELECT g FROM GovernanceObject g ORDER BY g.kind, g.name")
public class GovernanceObject extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GovernanceObjectKind kind;

    @Column(nullable = false)
    private boolean active = true;

    protected GovernanceObject() {
        // for JPA
    }

    public GovernanceObject(String code, String name, GovernanceObjectKind kind) {
        if (code == null || code.isBlank() || name == null || name.isBlank() || kind == null) {
            throw new RuleViolationException("error.governance.incomplete");
        }
        this.code = code.strip().toUpperCase(java.util.Locale.ROOT);
        this.name = name.strip();
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public GovernanceObjectKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }
}
