package se.uniplan.plugin.api.ledger;

/**
 * The dimension values of one line or balance, by role; null where the line has none.
 */
public record LedgerDimensions(String costCentre, String project, String activityType, String funder,
                               String counterpart) {

    public static final LedgerDimensions NONE = new LedgerDimensions(null, null, null, null, null);

    /** The value this line has for a role, or null. */
    public String of(DimensionRole role) {
        return switch (role) {
            case COST_CENTRE -> costCentre;
            case PROJECT -> project;
            case ACTIVITY_TYPE -> activityType;
            case FUNDER -> funder;
            case COUNTERPART -> counterpart;
        };
    }
}
