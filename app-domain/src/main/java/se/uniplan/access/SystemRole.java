package se.uniplan.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The coarse roles that the application server grants from its realm's groups (see the README:
 * group-to-role mapping). Everything finer, such as "economist for department X", is a role
 * assignment held in UniPlan's own data.
 */
public enum SystemRole {
    /** Anyone allowed to log in to UniPlan. */
    USER("uniplan-user", EnumSet.noneOf(Action.class)),
    /** The system administrator (systemansvarig): organisation, people, roles, audit. */
    ADMINISTRATOR("uniplan-admin", EnumSet.of(Action.ADMINISTER_ORGANISATION, Action.VIEW_AUDIT, Action.VIEW_UNIT)),
    /** IT staff who enable and watch the source-system integrations. */
    INTEGRATION_ADMINISTRATOR("uniplan-it", EnumSet.of(Action.ADMINISTER_INTEGRATIONS));

    /** Role names as declared in web.xml and the EJB module; the server maps realm groups to them. */
    public static final String USER_NAME = "uniplan-user";
    public static final String ADMINISTRATOR_NAME = "uniplan-admin";
    public static final String INTEGRATION_ADMINISTRATOR_NAME = "uniplan-it";

    private final String roleName;
    private final Set<Action> grants;

    SystemRole(String roleName, Set<Action> grants) {
        this.roleName = roleName;
        this.grants = Collections.unmodifiableSet(grants);
    }

    public String roleName() {
        return roleName;
    }

    /** The actions this role allows everywhere, with no unit assignment needed. */
    public Set<Action> grants() {
        return grants;
    }
}
