package se.uniplan.role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.governance.BodyKind;
import se.uniplan.governance.GovernanceObjectKind;
import se.uniplan.org.OrgUnitKind;

/**
 * The roles of DOMAIN.md. A planning role is held for a unit of the organisation tree and
 * carries the actions it authorises there; a governance role is held for a governance object.
 * The responsibilities each role carries are editable text ({@link RoleDescription}); the
 * authorities that UniPlan enforces are here, in code.
 */
public enum Role {
    PROCESS_ADMINISTRATOR(EnumSet.of(OrgUnitKind.UNIVERSITY), null, null,
            EnumSet.of(Action.VIEW_UNIT, Action.VIEW_FIGURES, Action.ADMINISTER_ROUNDS)),
    ECONOMIST(EnumSet.of(OrgUnitKind.DEPARTMENT), null, null,
            EnumSet.of(Action.VIEW_UNIT, Action.VIEW_FIGURES, Action.EDIT_PLAN)),
    DEPARTMENT_HEAD(EnumSet.of(OrgUnitKind.DEPARTMENT), null, null,
            EnumSet.of(Action.VIEW_UNIT, Action.VIEW_FIGURES, Action.APPROVE_LEVEL_1)),
    GROUP_HEAD(EnumSet.of(OrgUnitKind.FACULTY, OrgUnitKind.ADMINISTRATION), null, null,
            EnumSet.of(Action.VIEW_UNIT, Action.VIEW_FIGURES, Action.APPROVE_LEVEL_2)),
    UNIVERSITY_APPROVER(EnumSet.of(OrgUnitKind.UNIVERSITY), null, null,
            EnumSet.of(Action.VIEW_UNIT, Action.VIEW_FIGURES, Action.APPROVE_FINAL)),

    PROCESS_OWNER(null, GovernanceObjectKind.PROCESS, null, EnumSet.noneOf(Action.class)),
    SYSTEM_OWNER(null, GovernanceObjectKind.MANAGED_OBJECT, null, EnumSet.noneOf(Action.class)),
    SYSTEM_ADMINISTRATOR(null, GovernanceObjectKind.MANAGED_OBJECT, null, EnumSet.noneOf(Action.class)),
    SUPERUSER(null, GovernanceObjectKind.MANAGED_OBJECT, null, EnumSet.noneOf(Action.class)),
    USER_COUNCIL_MEMBER(null, GovernanceObjectKind.MANAGED_OBJECT, BodyKind.USER_COUNCIL, EnumSet.noneOf(Action.class)),
    E_COORDINATOR(null, GovernanceObjectKind.E_AREA, null, EnumSet.noneOf(Action.class)),
    STEERING_GROUP_MEMBER(null, GovernanceObjectKind.E_AREA, BodyKind.STEERING_GROUP, EnumSet.noneOf(Action.class));

    private final Set<OrgUnitKind> unitKinds;
    private final GovernanceObjectKind objectKind;
    private final BodyKind body;
    private final Set<Action> authorities;

    Role(Set<OrgUnitKind> unitKinds, GovernanceObjectKind objectKind, BodyKind body, Set<Action> authorities) {
        this.unitKinds = Collections.unmodifiableSet(unitKinds == null ? EnumSet.noneOf(OrgUnitKind.class) : unitKinds);
        this.objectKind = objectKind;
        this.body = body;
        this.authorities = Collections.unmodifiableSet(authorities);
    }

    /** A planning role is held for a unit; a governance role for a governance object. */
    public boolean isPlanningRole() {
        return objectKind == null;
    }

    /** The kinds of unit this planning role can be held for. */
    public Set<OrgUnitKind> unitKinds() {
        return unitKinds;
    }

    /** The kind of governance object this governance role is held for. */
    public Optional<GovernanceObjectKind> objectKind() {
        return Optional.ofNullable(objectKind);
    }

    /** The body this role is membership of, if any. */
    public Optional<BodyKind> body() {
        return Optional.ofNullable(body);
    }

    /** The actions UniPlan lets a holder do on the unit and every unit below it. */
    public Set<Action> authorities() {
        return authorities;
    }
}
