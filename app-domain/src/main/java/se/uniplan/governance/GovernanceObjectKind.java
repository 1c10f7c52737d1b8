package se.uniplan.governance;

/** What a governance role can be held for. */
public enum GovernanceObjectKind {
    /** A process, such as the production-planning process, with its process owner. */
    PROCESS,
    /** A managed object (förvaltningsobjekt): a system with its management organisation. */
    MANAGED_OBJECT,
    /** An e-area (e-område) that follows the IT-governance year wheel. */
    E_AREA
}
