package se.uniplan.ledger;

/** How a file reached UniPlan. */
public enum LoadOrigin {
    /** The nightly run, from the plugin's drop folder. */
    NIGHTLY,
    /** Uploaded on the loads page. */
    UPLOAD,
    /** Sent to the REST API. */
    API,
    /** Part of the demo data. */
    DEMO
}
