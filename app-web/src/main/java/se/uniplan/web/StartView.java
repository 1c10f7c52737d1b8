package se.uniplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.access.SystemRole;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrganisationService;
import se.uniplan.person.Person;
import se.uniplan.person.PersonService;
import se.uniplan.role.HeldRole;
import se.uniplan.role.RoleService;

/** The start page (index.xhtml): who you are, the roles you hold, and what they let you do. */
@Named
@ViewScoped
public class StartView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Collator SWEDISH = Collator.getInstance(LocaleBean.SWEDISH);

    @Inject
    private transient RoleService roles;

    @Inject
    private transient PersonService people;

    @Inject
    private transient OrganisationService organisation;

    @Inject
    private transient CurrentActor currentActor;

    private String displayName;
    private List<HeldRole> heldRoles;
    private Set<SystemRole> systemRoles;
    private List<OrgUnit> visibleUnits;
    private int topDepth;

    @PostConstruct
    void load() {
        displayName = people.me().map(Person::getFullName).orElse(currentActor.username());
        heldRoles = roles.myRoles();
        systemRoles = currentActor.get().systemRoles();
        visibleUnits = organisation.visibleUnits().stream().sorted(StartView::inTreeOrder).toList();
        topDepth = visibleUnits.stream().mapToInt(u -> u.path().size()).min().orElse(1);
    }

    /** Tree order: each unit right after its parent, siblings alphabetically. */
    private static int inTreeOrder(OrgUnit a, OrgUnit b) {
        List<OrgUnit> pathA = a.path();
        List<OrgUnit> pathB = b.path();
        for (int i = 0; i < Math.min(pathA.size(), pathB.size()); i++) {
            int byName = SWEDISH.compare(pathA.get(i).getName(), pathB.get(i).getName());
            if (byName != 0) {
                return byName;
            }
        }
        return Integer.compare(pathA.size(), pathB.size());
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<HeldRole> getHeldRoles() {
        return heldRoles;
    }

    /** The server-granted roles beyond plain login, with what they allow. */
    public List<SystemRole> getSystemRoles() {
        return systemRoles.stream().filter(r -> r != SystemRole.USER).sorted().toList();
    }

    public List<OrgUnit> getVisibleUnits() {
        return visibleUnits;
    }

    /** How far below the highest unit the user sees {@code unit} lies, for indenting the list. */
    public int depth(OrgUnit unit) {
        return unit.path().size() - topDepth;
    }

    public String responsibilities(HeldRole role, Locale locale) {
        return role.responsibilities(locale);
    }

    public List<Action> authorities(HeldRole role) {
        return role.authorities().stream().sorted().toList();
    }
}
