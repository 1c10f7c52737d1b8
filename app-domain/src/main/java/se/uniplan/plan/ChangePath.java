package se.uniplan.plan;

/** The way a figure was changed, recorded with every change in the audit trail. */
public enum ChangePath {
    /** Typed or pasted into the grid. */
    GRID,
    /** A year total spread over the months by a spreading key. */
    SPREAD,
    /** Copied from another round's plan. */
    COPY,
    /** Read from an uploaded xlsx file. */
    UPLOAD,
    /** Written through the REST API. */
    REST
}
