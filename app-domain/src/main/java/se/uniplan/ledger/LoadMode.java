package se.uniplan.ledger;

/** How a file's lines relate to what is already loaded. */
public enum LoadMode {
    /**
     * The file is complete for the periods it covers (a corrected file, a SIE year): it takes those
     * periods over from every earlier load.
     */
    REPLACE,
    /**
     * The file adds to what is loaded (the nightly delta): lines whose key is already loaded for
     * the source are skipped, so loading the same file twice changes nothing.
     */
    ADD
}
