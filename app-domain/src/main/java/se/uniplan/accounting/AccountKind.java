package se.uniplan.accounting;

/** Whether an account holds revenue or cost; it decides the sign users see in plans. */
public enum AccountKind {
    REVENUE,
    COST
}
