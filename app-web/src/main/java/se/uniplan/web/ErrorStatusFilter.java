package se.uniplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.NotFoundException;

/**
 * The one error path for full-page requests: a page that refuses access answers 403 and one that
 * names something missing answers 404, each with its error page, instead of a 500 and a stack
 * trace. Anything else goes on to the container's error page for 500 (and the server log).
 * Ajax requests are handled by OmniFaces' FullAjaxExceptionHandler with the same error pages.
 */
@WebFilter(filterName = "errorStatusFilter", servletNames = "Faces Servlet")
public class ErrorStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorStatusFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            int status = statusOf(e);
            if (status == 0 || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.FINE, () -> request.getRequestURI() + " refused with " + status + ": " + e);
            response.sendError(status);
        }
    }

    private static int statusOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return 0;
    }
}
