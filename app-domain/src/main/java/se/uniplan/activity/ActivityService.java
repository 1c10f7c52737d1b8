package se.uniplan.activity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.org.OrganisationService;

/** Reads a department's activities, for whoever may see the department. */
@Stateless
public class ActivityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrganisationService organisation;

    /** The activities of a department; none for units above department level. */
    public List<Activity> ofUnit(long unitId) {
        OrgUnit unit = organisation.viewUnit(unitId);
        if (unit.getKind() != OrgUnitKind.DEPARTMENT) {
            return List.of();
        }
        return em.createNamedQuery("Activity.ofDepartment", Activity.class).setParameter("department", unit).getResultList();
    }
}
