package se.uniplan.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@link Actor} of the running request. The web layer tells it, at the start of every
 * request, who the server authenticated and which system roles the realm's groups map to
 * ({@link #authenticated}); the unit roles come from UniPlan's data through
 * {@link ActorDirectory}, once per request. Where no web request started the work (start-up,
 * timers), the actor is the caller the EJB container knows, with no system role.
 */
@RequestScoped
public class CurrentActor {

    /** The name recorded in the audit trail for work nobody logged in started. */
    public static final String SYSTEM = "system";

    @Inject
    private ActorDirectory directory;

    private String username;
    private Set<SystemRole> systemRoles = EnumSet.noneOf(SystemRole.class);
    private Actor actor;

    /** Called by the web layer with what the server's security decided for this request. */
    public void authenticated(String login, Set<SystemRole> roles) {
        this.username = login;
        this.systemRoles = roles.isEmpty() ? EnumSet.noneOf(SystemRole.class) : EnumSet.copyOf(roles);
        this.actor = null;
    }

    /** The person behind the request, with their authorities. */
    public Actor get() {
        if (actor == null) {
            actor = directory.actorFor(username(), systemRoles);
        }
        return actor;
    }

    /** The login name of the person behind the request, or {@value #SYSTEM}. */
    public String username() {
        if (username == null) {
            username = directory.callerName();
        }
        return username;
    }
}
