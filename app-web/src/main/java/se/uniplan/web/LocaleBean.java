package se.uniplan.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the user reads UniPlan in: Swedish unless they choose English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Swedish as written in Sweden: the default for every page and every number. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches language and shows the same page again. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.forLanguageTag("en-GB") : SWEDISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
