package se.uniplan.plugin.api.ledger;

/**
 * The neutral meaning of a ledger dimension. Which source dimension holds which is site
 * configuration that IT sets in the plugin (for UBW: which of dim_1 … dim_7; for SIE: which
 * {@code #DIM} number); the core only knows these roles.
 */
public enum DimensionRole {
    /** Kostnadsställe: maps to a unit of the organisation tree. */
    COST_CENTRE,
    /** Projekt. */
    PROJECT,
    /** Verksamhet: e.g. 1x education, 3x research, 9x support. */
    ACTIVITY_TYPE,
    /** Finansiär. */
    FUNDER,
    /** Motpart: internal or external, state or non-state. */
    COUNTERPART
}
