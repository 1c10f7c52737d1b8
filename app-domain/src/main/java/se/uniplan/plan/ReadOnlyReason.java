package se.uniplan.plan;

/** Why a reader cannot change a plan's figures ({@link Plan#readOnlyReason}). */
public enum ReadOnlyReason {
    /** The plan has left the draft state: it is locked until a higher level reopens it. */
    LOCKED,
    /** The round is not open (prepared or closed). */
    ROUND_NOT_OPEN,
    /** The reader may see the plan but not edit it. */
    NO_AUTHORITY
}
