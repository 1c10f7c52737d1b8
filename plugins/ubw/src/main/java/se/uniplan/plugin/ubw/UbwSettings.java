package se.uniplan.plugin.ubw;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.uniplan.plugin.api.ledger.DimensionRole;

/**
 * The site configuration IT sets for the UBW plugin, read from MicroProfile Config keys under
 * {@code uniplan.plugin.ubw.}. Every key has a default that fits UBW's own names and SIE's
 * standard dimension numbers, so an unconfigured plugin reads standard files.
 *
 * <table>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code sie.dim.cost-centre}</td><td>1</td><td>the SIE {@code #DIM} number that holds the cost centre</td></tr>
 *   <tr><td>{@code sie.dim.project}</td><td>6</td><td>… the project; any role may list several numbers, comma-separated, to take in a sub-dimension ({@code 6,61} for {@code #UNDERDIM 61 … 6})</td></tr>
 *   <tr><td>{@code sie.dim.activity-type}, {@code .funder}, {@code .counterpart}</td><td>none</td><td>… the others</td></tr>
 *   <tr><td>{@code sie.encoding}</td><td>auto</td><td>auto: sniff (PC8/CP437, UTF-8, ISO-8859-15); or a charset name</td></tr>
 *   <tr><td>{@code csv.dim.cost-centre}</td><td>dim_1</td><td>the agltransact column that holds the cost centre</td></tr>
 *   <tr><td>{@code csv.dim.project}</td><td>dim_2</td><td>… the project</td></tr>
 *   <tr><td>{@code csv.dim.activity-type}</td><td>dim_3</td><td>… the activity type (verksamhet)</td></tr>
 *   <tr><td>{@code csv.dim.funder}</td><td>dim_4</td><td>… the funder</td></tr>
 *   <tr><td>{@code csv.dim.counterpart}</td><td>dim_5</td><td>… the counterpart</td></tr>
 *   <tr><td>{@code csv.attribute.cost-centre} … {@code .counterpart}</td><td>C1 … C5</td><td>agldimvalue's attribute_id for each role</td></tr>
 *   <tr><td>{@code csv.column.<name>}</td><td>the name itself</td><td>the file's header for UBW's column {@code <name>} (account, period, amount, agrtid …)</td></tr>
 *   <tr><td>{@code csv.encoding}</td><td>auto</td><td>auto: sniff (BOM, UTF-16, UTF-8, else cp1252); or a charset name</td></tr>
 *   <tr><td>{@code csv.fiscal-year-start-month}</td><td>1</td><td>the month the fiscal year starts in</td></tr>
 * </table>
 */
public record UbwSettings(Map<DimensionRole, String> sieDimensions, String sieEncoding,
                          Map<DimensionRole, String> csvDimensions, Map<DimensionRole, String> csvAttributes,
                          Function<String, String> csvColumn, String csvEncoding, int fiscalYearStartMonth) {

    public static final String PREFIX = "uniplan.plugin.ubw.";

    /** The settings from configuration: {@code lookup} gives a key's value (without the prefix) if set. */
    public static UbwSettings from(Function<String, Optional<String>> lookup) {
        Map<DimensionRole, String> sie = new EnumMap<>(DimensionRole.class);
        Map<DimensionRole, String> csv = new EnumMap<>(DimensionRole.class);
        Map<DimensionRole, String> attributes = new EnumMap<>(DimensionRole.class);
        String[] sieDefaults = {"1", "6", "", "", ""};
        for (DimensionRole role : DimensionRole.values()) {
            String name = keyName(role);
            lookup.apply("sie.dim." + name).or(() -> Optional.of(sieDefaults[role.ordinal()]))
                    .filter(v -> !v.isBlank()).ifPresent(v -> sie.put(role, v.trim()));
            csv.put(role, lookup.apply("csv.dim." + name).orElse("dim_" + (role.ordinal() + 1)).trim());
            attributes.put(role, lookup.apply("csv.attribute." + name).orElse("C" + (role.ordinal() + 1)).trim());
        }
        Function<String, String> column = name -> lookup.apply("csv.column." + name).map(String::trim).orElse(name);
        return new UbwSettings(sie, lookup.apply("sie.encoding").orElse("auto").trim(), csv, attributes, column,
                lookup.apply("csv.encoding").orElse("auto").trim(),
                Integer.parseInt(lookup.apply("csv.fiscal-year-start-month").orElse("1").trim()));
    }

    /** The defaults, as an unconfigured site has them. */
    public static UbwSettings defaults() {
        return from(key -> Optional.empty());
    }

    private static String keyName(DimensionRole role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
