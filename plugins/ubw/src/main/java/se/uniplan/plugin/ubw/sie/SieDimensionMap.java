package se.uniplan.plugin.ubw.sie;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerDimensions;

/**
 * SIE's numbered dimensions ({@code #DIM}, {@code #UNDERDIM}) seen through IT's mapping of numbers
 * to roles ({@code uniplan.plugin.ubw.sie.dim.*}: by default cost centre 1 and project 6, SIE's
 * reserved numbers). A role may name several numbers, comma-separated: a sub-dimension's objects
 * (#UNDERDIM 61 under 6) are loaded only if IT lists the sub-dimension itself (project = 6,61);
 * objects of unmapped dimensions are left out, which is not an error.
 */
final class SieDimensionMap {

    private static final int MAX_DEPTH = 16;

    private final Map<String, DimensionRole> roles = new HashMap<>();
    private final Map<String, String> superDimension = new HashMap<>();
    private final Map<String, Set<String>> codes = new HashMap<>();

    SieDimensionMap(Map<DimensionRole, String> mapping) {
        mapping.forEach((role, numbers) -> {
            for (String number : numbers.split(",")) {
                if (!number.isBlank()) {
                    roles.put(normal(number.trim()), role);
                }
            }
        });
    }

    /** {@code #UNDERDIM dimensionsnr namn superdimension}. */
    void underdim(SieRecord record) {
        String dim = normal(record.text(0));
        String parent = normal(record.text(2));
        if (dim.isEmpty() || parent.isEmpty()) {
            throw new SieFormatException("#UNDERDIM " + SieValues.shown(record.text(0)) + " " + record.text(2));
        }
        superDimension.put(dim, parent);
    }

    /** The role of a dimension number, or null if IT has not mapped it. */
    DimensionRole roleOf(String dimension) {
        return roles.get(normal(dimension));
    }

    /**
     * {@code #OBJEKT dimensionsnr objektnr objektnamn} as a value of its role, or null if its
     * dimension is not mapped. An object of a sub-dimension belongs under the object of the
     * super-dimension whose code begins its own (SIE concatenates them: 01 → 0101).
     */
    LedgerDimensionValue objekt(SieRecord record) {
        String dim = normal(record.text(0));
        String code = record.text(1);
        if (dim.isEmpty() || code.isEmpty()) {
            throw new SieFormatException("#OBJEKT without dimension or object");
        }
        DimensionRole role = roles.get(dim);
        if (role == null) {
            return null;
        }
        codes.computeIfAbsent(dim, d -> new HashSet<>()).add(code);
        String parent = null;
        String parentDim = superDimension.get(dim);
        if (parentDim != null && roles.get(parentDim) == role) {
            for (String candidate : codes.getOrDefault(parentDim, Set.of())) {
                if (code.length() > candidate.length() && code.startsWith(candidate)
                        && (parent == null || candidate.length() > parent.length())) {
                    parent = candidate;
                }
            }
        }
        return new LedgerDimensionValue(role, code, record.text(2), parent, true, record.line());
    }

    /**
     * A transaction's object list by role, unmapped dimensions dropped. Where two dimensions of one
     * role occur (a super-dimension and its sub-dimension), the deeper, more specific one wins.
     *
     * @throws SieFormatException if the list does not hold pairs
     */
    LedgerDimensions forLine(List<String> objects) {
        return byRole(objects, false);
    }

    /**
     * A balance's object list by role, or null if it names a dimension that is not mapped. Such a
     * balance is one part of a breakdown the core does not load (SIE 3's {@code {7 "4"}} per
     * employee); dropping the dimension would present the part as the whole.
     */
    LedgerDimensions forBalance(List<String> objects) {
        return byRole(objects, true);
    }

    private LedgerDimensions byRole(List<String> objects, boolean wholeOrNothing) {
        if (objects.isEmpty()) {
            return LedgerDimensions.NONE;
        }
        if (objects.size() % 2 != 0) {
            throw new SieFormatException("object list {" + SieValues.shown(String.join(" ", objects)) + "}");
        }
        Map<DimensionRole, String> values = new EnumMap<>(DimensionRole.class);
        Map<DimensionRole, Integer> depths = new EnumMap<>(DimensionRole.class);
        for (int i = 0; i < objects.size(); i += 2) {
            String dim = normal(objects.get(i));
            String code = objects.get(i + 1);
            DimensionRole role = roles.get(dim);
            if (role == null) {
                if (wholeOrNothing) {
                    return null;
                }
                continue;
            }
            int depth = depth(dim);
            if (!code.isEmpty() && (!values.containsKey(role) || depth > depths.get(role))) {
                values.put(role, code);
                depths.put(role, depth);
            }
        }
        return new LedgerDimensions(values.get(DimensionRole.COST_CENTRE), values.get(DimensionRole.PROJECT),
                values.get(DimensionRole.ACTIVITY_TYPE), values.get(DimensionRole.FUNDER),
                values.get(DimensionRole.COUNTERPART));
    }

    private int depth(String dim) {
        int depth = 0;
        for (String d = superDimension.get(dim); d != null && depth < MAX_DEPTH; d = superDimension.get(d)) {
            depth++;
        }
        return depth;
    }

    /** Dimension numbers compare as numbers: "01" is dimension 1. */
    private static String normal(String number) {
        String n = number.trim();
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0') {
            i++;
        }
        return n.substring(i);
    }
}
