package se.uniplan.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import se.uniplan.shared.ConcurrentEditException;
import se.uniplan.shared.RuleViolationException;

/**
 * The responsibilities and authorities of a role as the organisation writes them, in Swedish and
 * English. It is data that the system administrator edits; the authorities UniPlan enforces are
 * in {@link Role#authorities()}.
 */
@Entity
@Table(name = "role_description")
@NamedQuery(name = "RoleDescription.all", query = "SELECT d FROM RoleDescription d")
public class RoleDescription {

    public static final int MAX_TEXT = 4000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Role role;

    @Column(name = "responsibilities_sv", nullable = false, length = MAX_TEXT)
    private String responsibilitiesSv;

    @Column(name = "responsibilities_en", nullable = false, length = MAX_TEXT)
    private String responsibilitiesEn;

    @Version
    private long version;

    protected RoleDescription() {
        // for JPA
    }

    /** Replaces both texts, refusing a change based on an older reading. */
    public void rewrite(long expectedVersion, String swedish, String english) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException(role.name());
        }
        this.responsibilitiesSv = check(swedish);
        this.responsibilitiesEn = check(english);
    }

    /** The text in the user's language: Swedish unless English is asked for. */
    public String responsibilities(Locale locale) {
        return "en".equals(locale.getLanguage()) ? responsibilitiesEn : responsibilitiesSv;
    }

    private static String check(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("error.role.descriptionRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolationException("error.role.descriptionTooLong", MAX_TEXT);
        }
        return text.strip();
    }

    public Role getRole() {
        return role;
    }

    public String getResponsibilitiesSv() {
        return responsibilitiesSv;
    }

    public String getResponsibilitiesEn() {
        return responsibilitiesEn;
    }

    public long getVersion() {
        return version;
    }
}
