package se.uniplan.activity;

/** The activity type (verksamhetstyp) that budgets and actuals are reported by. */
public enum ActivityKind {
    EDUCATION,
    RESEARCH,
    SUPPORT
}
