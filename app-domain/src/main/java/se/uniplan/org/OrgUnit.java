package se.uniplan.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * A unit of the organisation tree: the university, a faculty or the central administration, or
 * a department. The tree's shape is guarded here: a unit sits only under a unit of the level
 * above it, never under itself or its own descendants, and an inactive unit has no active
 * units under it. Units are deactivated, never deleted, so the plans and actuals booked on them
 * keep their home when the organisation changes.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.all", query = "SELECT u FROM OrgUnit u ORDER BY u.code")
@NamedQuery(name = "OrgUnit.byCode", query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
@NamedQuery(name = "OrgUnit.children", query = "SELECT u FROM OrgUnit u WHERE u.parent = :parent ORDER BY u.code")
public class OrgUnit extends VersionedEntity {

    public static final int MAX_NAME = 200;
    public static final int MAX_CODE = 40;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(nullable = false)
    private boolean active = true;

    protected OrgUnit() {
        // for JPA
    }

    /** Creates a root: the university. */
    public static OrgUnit university(String code, String name) {
        return new OrgUnit(code, name, OrgUnitKind.UNIVERSITY, null);
    }

    /** Creates a unit under {@code parent}, checking that the kind fits there. */
    public static OrgUnit under(OrgUnit parent, String code, String name, OrgUnitKind kind) {
        Objects.requireNonNull(parent, "parent");
        if (kind == OrgUnitKind.UNIVERSITY) {
            throw new RuleViolationException("error.org.secondRoot");
        }
        return new OrgUnit(code, name, kind, parent);
    }

    private OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
        this.code = requireText(code, "error.org.codeRequired").toUpperCase(java.util.Locale.ROOT);
        if (this.code.length() > MAX_CODE) {
            throw new RuleViolationException("error.org.codeTooLong", MAX_CODE);
        }
        this.name = requireName(name);
        this.kind = kind;
        if (parent != null) {
            checkParent(parent);
            if (!parent.active) {
                throw new RuleViolationException("error.org.parentInactive", parent.name);
            }
        }
        this.parent = parent;
    }

    /** Gives the unit a new name; the old one stays in the audit trail. */
    public void rename(String newName) {
        this.name = requireName(newName);
    }

    /**
     * Moves the unit, with everything booked on it, under another unit of the right level.
     *
     * @throws RuleViolationException if the new parent is of the wrong kind, inactive, or inside this unit
     */
    public void moveTo(OrgUnit newParent) {
        if (kind == OrgUnitKind.UNIVERSITY) {
            throw new RuleViolationException("error.org.rootCannotMove");
        }
        Objects.requireNonNull(newParent, "newParent");
        if (newParent == this || newParent.isWithin(this)) {
            throw new RuleViolationException("error.org.cycle", name, newParent.name);
        }
        checkParent(newParent);
        if (!newParent.active) {
            throw new RuleViolationException("error.org.parentInactive", newParent.name);
        }
        this.parent = newParent;
    }

    /**
     * Marks the unit inactive. Its data stays; it is hidden from new planning.
     *
     * @param children the unit's direct children, to refuse while any is still active
     */
    public void deactivate(List<OrgUnit> children) {
        if (kind == OrgUnitKind.UNIVERSITY) {
            throw new RuleViolationException("error.org.rootCannotDeactivate");
        }
        if (children.stream().anyMatch(OrgUnit::isActive)) {
            throw new RuleViolationException("error.org.activeChildren", name);
        }
        this.active = false;
    }

    /** Makes an inactive unit active again; its parent must be active. */
    public void reactivate() {
        if (parent != null && !parent.active) {
            throw new RuleViolationException("error.org.parentInactive", parent.name);
        }
        this.active = true;
    }

    /** True if this unit is {@code other} or lies anywhere below it. */
    public boolean isWithin(OrgUnit other) {
        for (OrgUnit u = this; u != null; u = u.parent) {
            if (u == other || (u.getId() != null && u.getId().equals(other.getId()))) {
                return true;
            }
        }
        return false;
    }

    /** The path from the root down to this unit, root first. */
    public List<OrgUnit> path() {
        List<OrgUnit> path = new ArrayList<>();
        for (OrgUnit u = this; u != null; u = u.parent) {
            path.add(u);
        }
        Collections.reverse(path);
        return path;
    }

    private void checkParent(OrgUnit candidate) {
        if (!kind.allowedParents().contains(candidate.kind)) {
            throw new RuleViolationException("error.org.wrongParentKind", kind, candidate.kind);
        }
    }

    private static String requireName(String value) {
        String text = requireText(value, "error.org.nameRequired");
        if (text.length() > MAX_NAME) {
            throw new RuleViolationException("error.org.nameTooLong", MAX_NAME);
        }
        return text;
    }

    private static String requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(key);
        }
        return value.strip();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
