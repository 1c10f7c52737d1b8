package se.uniplan.round;

/** What a planning round plans: next year's budget, or a forecast within the current year. */
public enum RoundKind {
    BUDGET,
    FORECAST
}
