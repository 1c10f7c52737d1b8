package se.uniplan.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * An activity or project (verksamhet/aktivitet) of a department: what revenues and costs are
 * budgeted and booked on. It belongs to its department, so it moves when the department moves.
 */
@Entity
@Table(name = "activity")
@NamedQuery(name = "Activity.ofDepartment",
        query = "SELECT a FROM Activity a WHERE a.department = :department ORDER BY a.code")
@NamedQuery(name = "Activity.countOfDepartment",
        query = "SELECT COUNT(a) FROM Activity a WHERE a.department = :department AND a.active = TRUE")
public class Activity extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id")
    private OrgUnit department;

    @Column(nullable = false)
    private boolean active = true;

    protected Activity() {
        // for JPA
    }

    public Activity(OrgUnit department, String code, String name, ActivityKind kind) {
        if (department.getKind() != OrgUnitKind.DEPARTMENT) {
            throw new RuleViolationException("error.activity.notDepartment", department.getName());
        }
        if (code == null || code.isBlank() || name == null || name.isBlank() || kind == null) {
            throw new RuleViolationException("error.activity.incomplete");
        }
        this.department = department;
        this.code = code.strip();
        this.name = name.strip();
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public OrgUnit getDepartment() {
        return department;
    }

    public boolean isActive() {
        return active;
    }
}
