package se.uniplan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import se.uniplan.access.Action;
import se.uniplan.access.Actor;
import se.uniplan.access.CurrentActor;

/** Who is logged in, for the layout's navigation and the log-out button. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    private CurrentActor currentActor;

    public String getUsername() {
        return currentActor.username();
    }

    public boolean isLoggedIn() {
        return !CurrentActor.SYSTEM.equals(currentActor.username());
    }

    public boolean isAdministrator() {
        return isLoggedIn() && actor().may(Action.ADMINISTER_ORGANISATION);
    }

    public boolean isAuditor() {
        return isLoggedIn() && actor().may(Action.VIEW_AUDIT);
    }

    public boolean isIntegrationAdministrator() {
        return isLoggedIn() && actor().may(Action.ADMINISTER_INTEGRATIONS);
    }

    /** Ends the session and returns to the login page. */
    public void logout() throws ServletException, IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/");
    }

    private Actor actor() {
        return currentActor.get();
    }
}
