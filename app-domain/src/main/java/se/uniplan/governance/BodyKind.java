package se.uniplan.governance;

/** Collective bodies of a governance object, whose members hold a membership role. */
public enum BodyKind {
    /** Användarråd: advisory body of users of a managed object. */
    USER_COUNCIL,
    /** Styrgrupp e-område: decides and approves next year's plan of an e-area. */
    STEERING_GROUP
}
