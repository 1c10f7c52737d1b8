package se.uniplan.substitute;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.uniplan.access.Action;
import se.uniplan.access.Actor;
import se.uniplan.access.CurrentActor;
import se.uniplan.audit.AuditTrail;
import se.uniplan.person.Person;
import se.uniplan.shared.AccessDeniedException;
import se.uniplan.shared.NotFoundException;

/**
 * Names and removes substitutes. A person names their own substitute; the system administrator
 * may do it for anyone, for example when someone falls ill.
 */
@Stateless
public class SubstitutionService {

    static final String AUDIT_TYPE = "Substitution";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    /** The substitutions where the current user is either the person or the substitute. */
    public List<Substitution> mine() {
        Long me = currentActor.get().personId();
        if (me == null) {
            return List.of();
        }
        return em.createNamedQuery("Substitution.ofPerson", Substitution.class)
                .setParameter("person", person(me)).getResultList();
    }

    /**
     * The substitutions where {@code personId} is either the person or the substitute: one's own,
     * or anyone's for the system administrator.
     */
    public List<Substitution> of(long personId) {
        requireSelfOrAdministrator(personId);
        return em.createNamedQuery("Substitution.ofPerson", Substitution.class)
                .setParameter("person", person(personId)).getResultList();
    }

    /** Everyone who could be named a substitute: the active people. */
    public List<Person> candidates() {
        return em.createNamedQuery("Person.all", Person.class).getResultStream().filter(Person::isActive).toList();
    }

    public Substitution name(long personId, long substituteId, LocalDate firstDay, LocalDate lastDay) {
        requireSelfOrAdministrator(personId);
        Substitution substitution = new Substitution(person(personId), person(substituteId), firstDay, lastDay,
                currentActor.username());
        em.persist(substitution);
        em.flush();
        audit.record(AUDIT_TYPE, substitution.getId(), substitution.getPerson().getFullName(), "NAME", null,
                substitution.getSubstitute().getFullName() + " " + firstDay + "–" + lastDay);
        return substitution;
    }

    public void remove(long substitutionId) {
        Substitution substitution = Optional.ofNullable(em.find(Substitution.class, substitutionId))
                .orElseThrow(() -> new NotFoundException("Substitution", substitutionId));
        requireSelfOrAdministrator(substitution.getPerson().getId());
        audit.record(AUDIT_TYPE, substitutionId, substitution.getPerson().getFullName(), "REMOVE",
                substitution.getSubstitute().getFullName() + " " + substitution.getFirstDay() + "–"
                        + substitution.getLastDay(), null);
        em.remove(substitution);
    }

    /** True if the substitution covers today. */
    public boolean isActive(Substitution substitution) {
        return substitution.covers(LocalDate.now());
    }

    private void requireSelfOrAdministrator(long personId) {
        Actor actor = currentActor.get();
        if (!Long.valueOf(personId).equals(actor.personId()) && !actor.may(Action.ADMINISTER_ORGANISATION)) {
            throw new AccessDeniedException("NAME_SUBSTITUTE");
        }
    }

    private Person person(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
