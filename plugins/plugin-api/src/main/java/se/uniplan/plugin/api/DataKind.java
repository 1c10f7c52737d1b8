package se.uniplan.plugin.api;

/** The kinds of data a source system can supply to UniPlan. */
public enum DataKind {
    /** Posted ledger transactions (utfall), from the general ledger. */
    LEDGER,
    /** The chart of accounts (kontoplan). */
    ACCOUNTS,
    /** Dimension values such as cost centres, projects and funders. */
    DIMENSIONS,
    /** Employments and salaries for the personnel budget. */
    PERSONNEL,
    /** The staffing plan (tjänsteplanering): hours and rates per person and month. */
    STAFFING_PLAN,
    /** Student forecasts in full-time students (HST) and performances (HPR). */
    STUDENT_FORECAST
}
