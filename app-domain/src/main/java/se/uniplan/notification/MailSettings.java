package se.uniplan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server and sender of the notifications, from MicroProfile Config. Every value is read
 * when a mail is about to go, so an administrator can change it with
 * {@code asadmin set-config-property} without a redeploy.
 *
 * <table>
 *   <caption>Configuration keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code uniplan.mail.enabled}</td><td>{@code false}</td><td>send notifications at all</td></tr>
 *   <tr><td>{@code uniplan.mail.host}</td><td>{@code localhost}</td><td>SMTP server</td></tr>
 *   <tr><td>{@code uniplan.mail.port}</td><td>{@code 25}</td><td>SMTP port</td></tr>
 *   <tr><td>{@code uniplan.mail.from}</td><td>{@code uniplan@localhost}</td><td>sender address</td></tr>
 *   <tr><td>{@code uniplan.mail.starttls}</td><td>{@code false}</td><td>require STARTTLS</td></tr>
 *   <tr><td>{@code uniplan.mail.username}</td><td>(none)</td><td>SMTP login; none means no authentication</td></tr>
 *   <tr><td>{@code uniplan.mail.password}</td><td>(none)</td><td>SMTP password: only from a Payara password
 *       alias of that name or the environment ({@code UNIPLAN_MAIL_PASSWORD}), never from the repository</td></tr>
 *   <tr><td>{@code uniplan.mail.base-url}</td><td>{@code http://localhost:8080/uniplan}</td><td>the address
 *       users reach UniPlan at, for the link in the mail</td></tr>
 * </table>
 */
@ApplicationScoped
public class MailSettings {

    /** How long a connection, a read or a write to the SMTP server may take, in milliseconds. */
    private static final String TIMEOUT_MS = "20000";

    @Inject
    @ConfigProperty(name = "uniplan.mail.enabled", defaultValue = "false")
    private Provider<Boolean> enabled;

    @Inject
    @ConfigProperty(name = "uniplan.mail.host", defaultValue = "localhost")
    private Provider<String> host;

    @Inject
    @ConfigProperty(name = "uniplan.mail.port", defaultValue = "25")
    private Provider<Integer> port;

    @Inject
    @ConfigProperty(name = "uniplan.mail.from", defaultValue = "uniplan@localhost")
    private Provider<String> from;

    @Inject
    @ConfigProperty(name = "uniplan.mail.starttls", defaultValue = "false")
    private Provider<Boolean> starttls;

    @Inject
    @ConfigProperty(name = "uniplan.mail.base-url", defaultValue = "http://localhost:8080/uniplan")
    private Provider<String> baseUrl;

    /** For the optional keys: {@code uniplan.mail.username} and {@code uniplan.mail.password}. */
    @Inject
    private Config config;

    public boolean enabled() {
        return Boolean.TRUE.equals(enabled.get());
    }

    public String from() {
        return from.get();
    }

    public String baseUrl() {
        return baseUrl.get();
    }

    /** Where mail goes, for the log: {@code host:port}. */
    public String server() {
        return host.get() + ":" + port.get();
    }

    /** A mail session for the configured server, with a login if a username is set. */
    public Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port.get()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        props.put("mail.from", from.get());
        if (Boolean.TRUE.equals(starttls.get())) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Optional<String> username = config.getOptionalValue("uniplan.mail.username", String.class).filter(u -> !u.isBlank());
        if (username.isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        String password = config.getOptionalValue("uniplan.mail.password", String.class).orElse("");
        String login = username.get();
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(login, password);
            }
        });
    }
}
