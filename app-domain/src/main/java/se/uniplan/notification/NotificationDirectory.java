package se.uniplan.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.uniplan.org.OrgUnit;
import se.uniplan.person.Person;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanStepTaken;
import se.uniplan.role.Role;
import se.uniplan.substitute.Substitution;

/**
 * Reads what {@link RecipientRules} needs from the database: the holders of the notified role on
 * the plan's department or above, and their substitutes active today. System work: it runs after
 * the step, outside any user's request, and checks no authority.
 */
@Stateless
public class NotificationDirectory {

    @PersistenceContext
    private EntityManager em;

    /** Who is told about {@code step}. */
    public List<Recipient> recipients(PlanStepTaken step) {
        Optional<Role> role = RecipientRules.notifiedRole(step.action(), step.to());
        Plan plan = em.find(Plan.class, step.planId());
        if (role.isEmpty() || plan == null) {
            return List.of();
        }
        List<OrgUnit> path = plan.getDepartment().path();
        List<Person> holders = em.createQuery("SELECT DISTINCT a.person FROM RoleAssignment a"
                        + " WHERE a.role = :role AND a.unit IN :units AND a.person.active = TRUE", Person.class)
                .setParameter("role", role.get()).setParameter("units", path).getResultList();
        Map<String, List<Addressee>> substitutes = new HashMap<>();
        if (!holders.isEmpty()) {
            for (Substitution s : em.createNamedQuery("Substitution.activeFor", Substitution.class)
                    .setParameter("people", holders.stream().map(Person::getId).toList())
                    .setParameter("day", LocalDate.now()).getResultList()) {
                if (s.getSubstitute().isActive()) {
                    substitutes.computeIfAbsent(s.getPerson().getUsername(), k -> new ArrayList<>())
                            .add(addressee(s.getSubstitute()));
                }
            }
        }
        return RecipientRules.select(step.actor(), holders.stream().map(NotificationDirectory::addressee).toList(),
                substitutes);
    }

    /** The full name of a login, or the login itself if UniPlan has no such person. */
    public String fullName(String username) {
        return em.createNamedQuery("Person.byUsername", Person.class).setParameter("username", username)
                .getResultStream().findFirst().map(Person::getFullName).orElse(username);
    }

    private static Addressee addressee(Person person) {
        return new Addressee(person.getUsername(), person.getFullName(), person.getEmail());
    }
}
