package se.uniplan.it;

import java.util.Set;

/**
 * The demo logins (app-ear/src/main/payara/demo-users.csv, db/demo) with what each may see,
 * written here independently of the application's own rules so that the tests check them.
 */
public enum DemoUser {
    SYSTEMANSVARIG("systemansvarig", true, false, DemoUnits.ALL),
    IT("it.integration", false, true, Set.of()),
    PROCESSANSVARIG("processansvarig", false, false, DemoUnits.ALL),
    GODKANNARE("godkannare", false, false, DemoUnits.ALL),
    DEKAN_NT("dekan.nt", false, false, Set.of(10L, 100L, 101L, 102L, 103L)),
    DEKAN_HS("dekan.hs", false, false, Set.of(11L, 104L, 105L, 106L)),
    FORVALTNINGSCHEF("forvaltningschef", false, false, Set.of(12L, 107L, 108L, 109L)),
    AVDCHEF_FYSIK("avdchef.fysik", false, false, Set.of(100L)),
    EKONOM_FYSIK("ekonom.fysik", false, false, Set.of(100L, 101L)),
    AVDCHEF_HISTORIA("avdchef.historia", false, false, Set.of(104L)),
    EKONOM_HISTORIA("ekonom.historia", false, false, Set.of(104L)),
    SYSTEMAGARE("systemagare", false, false, Set.of()),
    EKOORDINATOR("ekoordinator", false, false, Set.of()),
    STYRGRUPP("styrgrupp", false, false, Set.of());

    /** Every demo login has this password (file realm of the demo and test domains only). */
    public static final String PASSWORD = "demo";

    public final String username;
    public final boolean administrator;
    public final boolean integrations;
    public final Set<Long> visibleUnits;

    DemoUser(String username, boolean administrator, boolean integrations, Set<Long> visibleUnits) {
        this.username = username;
        this.administrator = administrator;
        this.integrations = integrations;
        this.visibleUnits = visibleUnits;
    }

    /** The ids of the demo university's units. */
    public static final class DemoUnits {
        public static final long UNIVERSITY = 1;
        public static final long FACULTY_NT = 10;
        public static final long FACULTY_HS = 11;
        public static final long ADMINISTRATION = 12;
        public static final long PHYSICS = 100;
        public static final long CHEMISTRY = 101;
        public static final long HISTORY = 104;
        public static final Set<Long> ALL = Set.of(1L, 10L, 11L, 12L, 100L, 101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L);

        private DemoUnits() {
        }
    }
}
