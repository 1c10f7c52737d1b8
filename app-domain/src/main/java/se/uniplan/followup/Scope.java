package se.uniplan.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.uniplan.activity.Activity;
import se.uniplan.followup.FollowUpRepository.AccountInfo;
import se.uniplan.followup.FollowUpRepository.Filter;
import se.uniplan.followup.FollowUpRepository.Grain;
import se.uniplan.org.OrgUnit;

/**
 * One level of the drill-down: how finely to read the figures, which of them belong to it, which
 * rows it shows, and how each figure finds its row. Kept apart from the service so that the tree
 * rules (a figure on a department counts for every unit above it) are tested without a container.
 */
record Scope(Grain grain, Filter filter, List<Child> children, Function<Fact, String> keyOf,
             Function<String, Child> extra, RowKind childKind, Measure measure, List<PathStep> path,
             AccountInfo accountInfo) {

    static final String NONE = "none";

    RollUp rollUp() {
        return new RollUp(children, keyOf, extra);
    }

    /**
     * A unit above department level: a row per unit directly under it, each adding up every
     * department within it. What is booked on the unit itself, or (at the root) on no unit at all,
     * goes to an unassigned row.
     */
    static Scope units(OrgUnit scope, List<OrgUnit> all, List<PathStep> path) {
        Map<Long, String> keyByUnit = new HashMap<>();
        Map<String, OrgUnit> byKey = new HashMap<>();
        List<Child> children = new ArrayList<>();
        for (OrgUnit unit : all) {
            String key = keyWithin(unit, scope);
            if (key != null) {
                keyByUnit.put(unit.getId(), key);
            }
            if (unit.getParent() != null && unit.getParent().getId().equals(scope.getId())) {
                byKey.put(key, unit);
                if (unit.isActive()) {
                    children.add(child(unit));
                }
            }
        }
        boolean root = scope.getParent() == null;
        Function<Fact, String> keyOf = f -> f.unitId() == null ? (root ? NONE : null) : keyByUnit.get(f.unitId());
        Function<String, Child> extra = key -> byKey.containsKey(key) ? child(byKey.get(key))
                : new Child(key, RowKind.UNASSIGNED, null, null, null, Measure.RESULT);
        return new Scope(Grain.UNIT, Filter.ALL, children, keyOf, extra, RowKind.UNIT, Measure.RESULT, path, null);
    }

    /** A department: a row per activity, and one for what it booked on no activity. */
    static Scope activities(OrgUnit department, Map<Long, Activity> activities, List<PathStep> path) {
        List<Child> children = activities.values().stream().filter(Activity::isActive).map(Scope::child).toList();
        Function<Fact, String> keyOf = f -> f.activityId() == null ? NONE : "a:" + f.activityId();
        Function<String, Child> extra = key -> {
            if (NONE.equals(key)) {
                return new Child(NONE, RowKind.UNASSIGNED, FollowUpService.UNASSIGNED, null, null, Measure.RESULT);
            }
            Activity activity = activities.get(Long.parseLong(key.substring(2)));
            return activity != null ? child(activity)
                    : new Child(key, RowKind.ACTIVITY, Long.parseLong(key.substring(2)), key.substring(2), null, Measure.RESULT);
        };
        return new Scope(Grain.ACTIVITY, new Filter(department.getId(), null, false), children, keyOf, extra,
                RowKind.ACTIVITY, Measure.RESULT, path, null);
    }

    /** An activity, what a department booked on no activity, or the whole department: a row per account. */
    static Scope accounts(Filter filter, Map<String, AccountInfo> accounts, List<PathStep> path) {
        Function<Fact, String> keyOf = f -> f.account();
        Function<String, Child> extra = number -> child(accounts.getOrDefault(number,
                new AccountInfo(number, number, null, null)), number);
        return new Scope(Grain.ACCOUNT, filter, List.of(), keyOf, extra, RowKind.ACCOUNT, Measure.RESULT, path, null);
    }

    /** One account: its own row, its monthly series and its transactions. */
    static Scope account(Filter filter, AccountInfo account, List<PathStep> path) {
        Child only = child(account, account.number());
        Function<Fact, String> keyOf = f -> account.number().equals(f.account()) ? account.number() : null;
        return new Scope(Grain.ACCOUNT, filter, List.of(only), keyOf, k -> only, RowKind.ACCOUNT, only.measure(), path,
                account);
    }

    /** The key of the child of {@code scope} that holds {@code unit}; {@link #NONE} for scope itself; null outside. */
    private static String keyWithin(OrgUnit unit, OrgUnit scope) {
        for (OrgUnit u = unit; u != null; u = u.getParent()) {
            if (u.getId().equals(scope.getId())) {
                return NONE;
            }
            if (u.getParent() != null && u.getParent().getId().equals(scope.getId())) {
                return "u:" + u.getId();
            }
        }
        return null;
    }

    private static Child child(OrgUnit unit) {
        return new Child("u:" + unit.getId(), RowKind.UNIT, unit.getId(), unit.getCode(), unit.getName(), Measure.RESULT);
    }

    private static Child child(Activity activity) {
        return new Child("a:" + activity.getId(), RowKind.ACTIVITY, activity.getId(), activity.getCode(), activity.getName(),
                Measure.RESULT);
    }

    private static Child child(AccountInfo account, String key) {
        Measure measure = account.kind() == se.uniplan.accounting.AccountKind.REVENUE ? Measure.REVENUE : Measure.COST;
        return new Child(key, RowKind.ACCOUNT, null, account.number(), account.name(), measure);
    }
}
