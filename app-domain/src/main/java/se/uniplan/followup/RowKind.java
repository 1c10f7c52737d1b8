package se.uniplan.followup;

/** What a follow-up row stands for, and so where clicking it leads. */
public enum RowKind {
    /** A faculty, the administration or a department: drills to its children. */
    UNIT,
    /** An activity of a department: drills to its accounts. */
    ACTIVITY,
    /** What a department booked on no activity ("Ej kopplat till verksamhet"): drills to its accounts. */
    UNASSIGNED,
    /** An account: drills to its transactions. */
    ACCOUNT,
    /** A total line: revenue, cost or result. */
    TOTAL
}
