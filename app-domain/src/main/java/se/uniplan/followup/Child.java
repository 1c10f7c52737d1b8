package se.uniplan.followup;

/**
 * A row a level can show before its figures are added up: the unit, activity or account, and the
 * measure its figures are read in.
 *
 * @param key what {@link RollUp} groups the facts by
 */
public record Child(String key, RowKind kind, Long id, String code, String name, Measure measure) {
}
