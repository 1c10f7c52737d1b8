package se.uniplan.web.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.BusinessException;
import se.uniplan.shared.ConcurrentEditException;
import se.uniplan.shared.NotFoundException;
import se.uniplan.web.Messages;
import se.uniplan.web.rest.Dtos.ErrorDto;

/**
 * The API's side of the one error path: a business exception becomes a status code and a message
 * in the caller's language (Accept-Language; Swedish by default).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Locale locale = locale(headers);
        return error(status(e), e.messageKey(), Messages.text(locale, e.messageKey(), localised(locale, e.arguments())));
    }

    /** Enum arguments (a plan's state, a unit's kind) are shown by their label, as on the pages. */
    private static Object[] localised(Locale locale, java.util.List<Object> args) {
        return args.stream().map(a -> a instanceof Enum<?> e
                ? Messages.text(locale, e.getDeclaringClass().getSimpleName() + "." + e.name()) : a).toArray();
    }

    static Response error(int status, String key, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorDto(key, message)).build();
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.forLanguageTag("sv-SE") : headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "sv".equals(l.getLanguage()))
                .findFirst().orElse(Locale.forLanguageTag("sv-SE"));
    }

    private static int status(BusinessException e) {
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConcurrentEditException) {
            return 409;
        }
        return 422;
    }
}
