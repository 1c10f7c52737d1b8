package se.uniplan.access;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import se.uniplan.person.Person;
import se.uniplan.role.RoleAssignment;

/**
 * Reads what the authority check needs about a login from the database: the person and their
 * unit roles. An EJB of the domain module, so that its persistence context is the domain's
 * whichever module asks.
 */
@Stateless
public class ActorDirectory {

    @PersistenceContext
    private EntityManager em;

    public Actor actorFor(String username, Set<SystemRole> systemRoles) {
        List<Grant> grants = em.createNamedQuery("RoleAssignment.ofUsername", RoleAssignment.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(a -> a.getUnit() != null)
                .map(a -> new Grant(a.getRole(), a.getUnit()))
                .toList();
        Long personId = em.createNamedQuery("Person.byUsername", Person.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(Person::getId).orElse(null);
        return new Actor(username, personId, systemRoles, grants);
    }
}
