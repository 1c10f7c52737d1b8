package se.uniplan.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.uniplan.access.CurrentActor;

/**
 * Settles who the caller is, with their system roles, at the web boundary before any service is
 * called. {@link CurrentActor} is built once per request from the security context of whichever
 * component asks first; asked first from inside an EJB (a page's view action, an ajax action, a
 * REST call), the web module's roles (uniplan-admin, uniplan-it) are not seen there and the
 * system administrator was refused their own pages. Asking here, in the web module where the
 * roles are declared, gives every request the same answer.
 */
@WebFilter(filterName = "actorFilter", servletNames = "Faces Servlet", urlPatterns = "/api/*")
public class ActorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            currentActor.get();
        }
        chain.doFilter(request, response);
    }
}
