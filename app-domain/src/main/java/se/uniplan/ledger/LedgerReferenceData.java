package se.uniplan.ledger;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.uniplan.plugin.api.ledger.DimensionRole;

/**
 * What a load checks lines against and maps them onto: the accounts and dimension values known
 * for the source (stored master data, UniPlan's own chart and organisation, and whatever the file
 * itself declares), and the organisation units and activities the codes stand for.
 *
 * <p>A cost centre is the code of an organisation unit; an activity is coded
 * {@code <cost centre>-<activity type>} (NT-FYS-30: research at the physics department).
 */
public final class LedgerReferenceData {

    private final Set<String> accounts = new HashSet<>();
    private final Map<DimensionRole, Set<String>> dimensionValues = new EnumMap<>(DimensionRole.class);
    private final Map<String, Long> unitsByCode;
    private final Map<String, Long> activitiesByCode;

    public LedgerReferenceData(Set<String> accounts, Map<DimensionRole, Set<String>> dimensionValues,
                               Map<String, Long> unitsByCode, Map<String, Long> activitiesByCode) {
        this.accounts.addAll(accounts);
        dimensionValues.forEach((role, values) -> this.dimensionValues.put(role, new HashSet<>(values)));
        this.unitsByCode = new HashMap<>(unitsByCode);
        this.activitiesByCode = new HashMap<>(activitiesByCode);
        // A unit's code is a known cost centre even before any master data is loaded.
        this.dimensionValues.computeIfAbsent(DimensionRole.COST_CENTRE, r -> new HashSet<>()).addAll(unitsByCode.keySet());
    }

    /** An account the file declares is known from then on. */
    void declareAccount(String number) {
        accounts.add(number);
    }

    /** A dimension value the file declares is known from then on. */
    void declareDimensionValue(DimensionRole role, String code) {
        dimensionValues.computeIfAbsent(role, r -> new HashSet<>()).add(code);
    }

    boolean knowsAccount(String number) {
        return accounts.contains(number);
    }

    /**
     * True if the value is declared for its role, or if nothing at all is declared for the role
     * (a site that does not use the dimension has no values to check against).
     */
    boolean knowsDimensionValue(DimensionRole role, String code) {
        Set<String> known = dimensionValues.get(role);
        return known == null || known.isEmpty() || known.contains(code);
    }

    Long unitOf(String costCentre) {
        return costCentre == null ? null : unitsByCode.get(costCentre);
    }

    Long activityOf(String costCentre, String activityType) {
        return costCentre == null || activityType == null ? null : activitiesByCode.get(costCentre + "-" + activityType);
    }
}
