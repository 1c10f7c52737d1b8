package se.uniplan.plan;

import java.time.LocalDate;
import java.util.Optional;
import se.uniplan.role.Role;
import se.uniplan.round.Deadlines;

/**
 * The steps of a department plan's approval chain, lowest first. Only a draft can be written;
 * every later state is locked.
 */
public enum PlanState {
    /** Being registered by the economist. */
    DRAFT(Role.ECONOMIST),
    /** Registered, analysed and approved by the economist (the first level). */
    REGISTERED(Role.DEPARTMENT_HEAD),
    /** Approved by the department head (level 1). */
    APPROVED_1(Role.GROUP_HEAD),
    /** Approved by the dean or administrative head (level 2). */
    APPROVED_2(Role.UNIVERSITY_APPROVER),
    /** Part of the university total approved after the board's decision. */
    APPROVED_FINAL(null);

    private final Role waitingOn;

    PlanState(Role waitingOn) {
        this.waitingOn = waitingOn;
    }

    /** Whose step is next: the role that acts on a plan in this state, or empty at the end. */
    public Optional<Role> waitingOn() {
        return Optional.ofNullable(waitingOn);
    }

    /** True if the figures may no longer change: everything after the draft. */
    public boolean isLocked() {
        return this != DRAFT;
    }

    /** The state one level down, which a reopen returns to. */
    public PlanState below() {
        if (this == DRAFT) {
            throw new IllegalStateException("nothing below DRAFT");
        }
        return values()[ordinal() - 1];
    }

    /** The deadline of the step that follows this state, if the round set one. */
    public Optional<LocalDate> deadlineIn(Deadlines deadlines) {
        return Optional.ofNullable(switch (this) {
            case DRAFT -> deadlines.getRegisterBy();
            case REGISTERED -> deadlines.getLevel1By();
            case APPROVED_1 -> deadlines.getLevel2By();
            case APPROVED_2 -> deadlines.getFinalBy();
            case APPROVED_FINAL -> null;
        });
    }
}
