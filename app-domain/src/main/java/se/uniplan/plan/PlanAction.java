package se.uniplan.plan;

/**
 * What a person can do to a plan. Which state each action starts from, where it leads and who
 * may take it is {@link PlanWorkflow}'s business.
 */
public enum PlanAction {
    /** Change figures: only in a draft. */
    EDIT,
    /** The economist marks the plan registered (first level). */
    REGISTER,
    /** The department head approves (level 1). */
    APPROVE_1,
    /** The dean or administrative head approves (level 2). */
    APPROVE_2,
    /** The university approver approves, as part of the total, after the board's decision. */
    APPROVE_FINAL,
    /** Whoever's step is next returns the plan to the economist, with a comment. */
    SEND_BACK,
    /** A higher level reopens an approved plan, with a reason; it returns to the level below. */
    REOPEN;

    /** Send-back and reopen must say why. */
    public boolean needsComment() {
        return this == SEND_BACK || this == REOPEN;
    }

    /** True for the actions that store a snapshot of the figures. */
    public boolean isApproval() {
        return this == REGISTER || this == APPROVE_1 || this == APPROVE_2 || this == APPROVE_FINAL;
    }
}
