package se.uniplan.access;

import java.util.EnumSet;
import java.util.Set;
import se.uniplan.org.OrgUnitKind;

/**
 * What a person may ask UniPlan to do. Unit-bound actions are checked against a unit of the
 * organisation tree; global actions against the person's system roles alone.
 */
public enum Action {
    /** See a unit: its sub-units, activities and the people who hold roles there. */
    VIEW_UNIT(true, EnumSet.allOf(OrgUnitKind.class)),
    /** See a unit's figures: plans, forecasts and actuals. */
    VIEW_FIGURES(true, EnumSet.allOf(OrgUnitKind.class)),
    /** Register and correct a department's revenues and costs. */
    EDIT_PLAN(true, EnumSet.of(OrgUnitKind.DEPARTMENT)),
    /** Approve a department's plan at level 1 (department head). */
    APPROVE_LEVEL_1(true, EnumSet.of(OrgUnitKind.DEPARTMENT)),
    /** Approve a department's plan at level 2 (dean or administrative head). */
    APPROVE_LEVEL_2(true, EnumSet.of(OrgUnitKind.DEPARTMENT)),
    /** Approve the university total after the board's decision. */
    APPROVE_FINAL(true, EnumSet.of(OrgUnitKind.UNIVERSITY)),
    /** Open, schedule, close and reopen planning rounds. */
    ADMINISTER_ROUNDS(true, EnumSet.of(OrgUnitKind.UNIVERSITY)),
    /** Maintain the organisation tree, people, roles and governance bodies. */
    ADMINISTER_ORGANISATION(false, Set.of()),
    /** Read the audit trail. */
    VIEW_AUDIT(false, Set.of()),
    /** Enable, configure and watch the source-system integrations. */
    ADMINISTER_INTEGRATIONS(false, Set.of());

    private final boolean unitBound;
    private final Set<OrgUnitKind> appliesTo;

    Action(boolean unitBound, Set<OrgUnitKind> appliesTo) {
        this.unitBound = unitBound;
        this.appliesTo = appliesTo;
    }

    /** True if the action is done on a unit, so a unit role must reach that unit. */
    public boolean isUnitBound() {
        return unitBound;
    }

    /** True if the action makes sense on a unit of this kind (approval levels sit on departments). */
    public boolean appliesTo(OrgUnitKind kind) {
        return appliesTo.contains(kind);
    }
}
