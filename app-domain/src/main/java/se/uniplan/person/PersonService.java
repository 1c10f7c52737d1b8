package se.uniplan.person;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.audit.AuditTrail;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/** Maintains the people who work in UniPlan; only the system administrator changes them. */
@Stateless
public class PersonService {

    static final String AUDIT_TYPE = "Person";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    public List<Person> all() {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        return em.createNamedQuery("Person.all", Person.class).getResultList();
    }

    public Person get(long id) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        return find(id);
    }

    /** The person record of the logged-in user, if there is one. */
    public Optional<Person> me() {
        return byUsername(currentActor.username());
    }

    public Person create(String username, String fullName, String email) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        Person person = new Person(username, fullName, email);
        if (byUsername(person.getUsername()).isPresent()) {
            throw new RuleViolationException("error.person.usernameTaken", person.getUsername());
        }
        em.persist(person);
        em.flush();
        audit.record(AUDIT_TYPE, person.getId(), person.getFullName(), "CREATE", null,
                person.getUsername() + ", " + person.getFullName());
        return person;
    }

    public Person update(long id, long expectedVersion, String fullName, String email, boolean active) {
        currentActor.get().require(Action.ADMINISTER_ORGANISATION);
        Person person = find(id);
        person.requireVersion(expectedVersion, person.getFullName());
        String oldName = person.getFullName();
        String oldEmail = person.getEmail();
        boolean wasActive = person.isActive();
        person.update(fullName, email, active);
        if (!oldName.equals(person.getFullName())) {
            audit.record(AUDIT_TYPE, id, person.getFullName(), "RENAME", oldName, person.getFullName());
        }
        if (!Objects.equals(oldEmail, person.getEmail())) {
            audit.record(AUDIT_TYPE, id, person.getFullName(), "EMAIL", oldEmail, person.getEmail());
        }
        if (wasActive != person.isActive()) {
            audit.record(AUDIT_TYPE, id, person.getFullName(), person.isActive() ? "REACTIVATE" : "DEACTIVATE",
                    wasActive ? "active" : "inactive", person.isActive() ? "active" : "inactive");
        }
        return person;
    }

    private Optional<Person> byUsername(String username) {
        return em.createNamedQuery("Person.byUsername", Person.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private Person find(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
