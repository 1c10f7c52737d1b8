package se.uniplan.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@link Actor} of the running request, built once per request from the server's security
 * context (who logged in, which system roles the realm's groups map to) and UniPlan's role
 * assignments. Outside a request, for example at start-up, the actor is {@code system} with no
 * authority at all.
 */
@RequestScoped
public class CurrentActor {

    /** The name recorded in the audit trail for work nobody logged in started. */
    public static final String SYSTEM = "system";

    @Inject
    private SecurityContext security;

    @Inject
    private ActorDirectory directory;

    private Actor actor;

    /** The person behind the request, with their authorities. */
    public Actor get() {
        if (actor == null) {
            actor = load();
        }
        return actor;
    }

    /** The login name of the person behind the request, or {@value #SYSTEM}. */
    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? SYSTEM : principal.getName();
    }

    private Actor load() {
        String username = username();
        Set<SystemRole> roles = EnumSet.noneOf(SystemRole.class);
        for (SystemRole role : SystemRole.values()) {
            if (security.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return directory.actorFor(username, roles);
    }
}
