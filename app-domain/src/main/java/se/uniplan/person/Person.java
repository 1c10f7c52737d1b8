package se.uniplan.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/**
 * Somebody who works in UniPlan. The username is the login name the application server's realm
 * authenticates; UniPlan never stores a password.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.all", query = "SELECT p FROM Person p ORDER BY p.fullName")
@NamedQuery(name = "Person.byUsername", query = "SELECT p FROM Person p WHERE p.username = :username")
public class Person extends VersionedEntity {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    protected Person() {
        // for JPA
    }

    public Person(String username, String fullName, String email) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(login).matches()) {
            throw new RuleViolationException("error.person.username");
        }
        this.username = login;
        update(fullName, email, true);
    }

    /** Changes the name, e-mail and whether the person may still be given work. */
    public final void update(String newFullName, String newEmail, boolean newActive) {
        if (newFullName == null || newFullName.isBlank() || newFullName.strip().length() > 200) {
            throw new RuleViolationException("error.person.fullName");
        }
        String mail = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new RuleViolationException("error.person.email", mail);
        }
        this.fullName = newFullName.strip();
        this.email = mail;
        this.active = newActive;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }
}
