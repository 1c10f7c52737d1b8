package se.uniplan.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * UniPlan's JSON API under {@code /uniplan/api}. It uses the same login session as the pages and
 * the same services, so every call passes the same authority checks as the page that does the
 * same thing.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
