package se.uniplan.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import se.uniplan.access.CurrentActor;
import se.uniplan.access.SystemRole;

/**
 * Hands the server's security decision for this request (the login and the roles its realm
 * groups map to) to the domain's {@link CurrentActor}, so that pages and REST calls are judged by
 * the same authority check.
 */
@WebFilter(filterName = "actorFilter", urlPatterns = "/*")
public class ActorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            Set<SystemRole> roles = EnumSet.noneOf(SystemRole.class);
            for (SystemRole role : SystemRole.values()) {
                if (request.isUserInRole(role.roleName())) {
                    roles.add(role);
                }
            }
            currentActor.authenticated(principal.getName(), roles);
        }
        chain.doFilter(request, response);
    }
}
