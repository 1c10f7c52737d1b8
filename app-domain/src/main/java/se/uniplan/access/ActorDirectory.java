package se.uniplan.access;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.uniplan.person.Person;
import se.uniplan.role.RoleAssignment;
import se.uniplan.substitute.Substitution;

/**
 * Builds the {@link Actor} of a login: the system roles the server granted it and the unit roles
 * UniPlan holds for that person. An EJB of the domain module, so that its persistence context is
 * the domain's whichever module asks.
 */
@Stateless
public class ActorDirectory {

    /** The name GlassFish gives a caller nobody authenticated. */
    private static final String ANONYMOUS = "ANONYMOUS";

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller's login name, or {@value CurrentActor#SYSTEM} when nobody is logged in. */
    public String callerName() {
        Principal principal = context.getCallerPrincipal();
        return principal == null || ANONYMOUS.equals(principal.getName()) ? CurrentActor.SYSTEM : principal.getName();
    }

    /** The actor for {@code username}, holding the {@code roles} the server granted it. */
    public Actor actorFor(String username, Set<SystemRole> roles) {
        List<Grant> grants = new ArrayList<>(em.createNamedQuery("RoleAssignment.ofUsername", RoleAssignment.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(a -> a.getUnit() != null)
                .map(a -> new Grant(a.getRole(), a.getUnit()))
                .toList());
        grants.addAll(substituteGrants(username));
        Long personId = em.createNamedQuery("Person.byUsername", Person.class)
                .setParameter("username", username)
                .getResultStream().findFirst().map(Person::getId).orElse(null);
        return new Actor(username, personId, roles, grants);
    }

    /** The planning roles of everyone this login stands in for today, marked as such. */
    private List<Grant> substituteGrants(String username) {
        List<Grant> grants = new ArrayList<>();
        for (Substitution s : em.createNamedQuery("Substitution.activeForSubstitute", Substitution.class)
                .setParameter("username", username).setParameter("day", LocalDate.now()).getResultList()) {
            em.createNamedQuery("RoleAssignment.ofPerson", RoleAssignment.class)
                    .setParameter("person", s.getPerson()).getResultStream()
                    .filter(a -> a.getUnit() != null)
                    .forEach(a -> grants.add(new Grant(a.getRole(), a.getUnit(), s.getPerson().getFullName())));
        }
        return grants;
    }
}
