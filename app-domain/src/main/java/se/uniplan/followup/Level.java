package se.uniplan.followup;

/** How much a variance matters: within the warning threshold, past it, or past the alert threshold. */
public enum Level {
    OK,
    WARN,
    ALERT
}
