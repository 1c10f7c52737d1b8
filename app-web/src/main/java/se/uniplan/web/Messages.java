package se.uniplan.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import se.uniplan.shared.BusinessException;

/**
 * Turns message keys into text in the user's language and shows them. Backing beans use it to
 * report the business exceptions they expect; nothing user-facing is written in Java.
 */
public final class Messages {

    private static final String BUNDLE = "se.uniplan.web.messages";

    private Messages() {
    }

    /** The text of {@code key} in {@code locale}, with its placeholders filled. */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of {@code key} in the current view's language, if the bundles have one. */
    public static Optional<String> find(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** The text of {@code key} in the current view's language. */
    public static String text(String key, Object... args) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    /** Shows a confirmation. */
    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** Shows why a business rule refused the user's request. */
    public static void error(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), localised(e.arguments().toArray())));
    }

    /** Enum arguments are shown by their label, such as {@code kind.DEPARTMENT}. */
    private static Object[] localised(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Enum<?> e ? text(e.getDeclaringClass().getSimpleName() + "." + e.name()) : args[i];
        }
        return out;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
