package se.uniplan.plugin.api.ledger;

/**
 * A value of a dimension that IT has mapped to a role.
 *
 * @param role       what the dimension means
 * @param code       the value as lines write it, e.g. "NT-FYS" or "30"
 * @param name       its description
 * @param parent     the value it belongs under (SIE {@code #UNDERDIM}, UBW rel_value), or null
 * @param active     false if the source marks it closed
 * @param sourceLine the line it was declared on
 */
public record LedgerDimensionValue(DimensionRole role, String code, String name, String parent, boolean active,
                                   long sourceLine) {
}
