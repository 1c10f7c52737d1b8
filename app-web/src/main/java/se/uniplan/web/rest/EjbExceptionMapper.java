package se.uniplan.web.rest;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.uniplan.web.Messages;

/**
 * A system exception from a service: a lost race on the same row (two saves at the same moment)
 * becomes 409, anything else 500 with a message that says nothing was saved. The details go to
 * the server log, never to the caller.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return BusinessExceptionMapper.error(409, "error.concurrentEdit",
                        Messages.text(BusinessExceptionMapper.locale(headers), "error.concurrentEdit", ""));
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a REST call", e);
        return BusinessExceptionMapper.error(500, "error.unexpected",
                Messages.text(BusinessExceptionMapper.locale(headers), "error.page.500.text"));
    }
}
