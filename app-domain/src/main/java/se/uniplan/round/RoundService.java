package se.uniplan.round;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.audit.AuditTrail;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrgUnitKind;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanState;
import se.uniplan.shared.NotFoundException;
import se.uniplan.shared.RuleViolationException;

/**
 * The process administrator's work on planning rounds: create one for chosen units, schedule
 * its deadlines, open, close and reopen it. The university approver records the board's
 * decision here. Everyone reads the rounds; the figures inside them are guarded per department.
 */
@Stateless
public class RoundService {

    static final String AUDIT_TYPE = "PlanningRound";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    /** Every round, newest year first. */
    public List<PlanningRound> all() {
        return em.createNamedQuery("PlanningRound.all", PlanningRound.class).getResultList();
    }

    public PlanningRound get(long roundId) {
        return Optional.ofNullable(em.find(PlanningRound.class, roundId))
                .orElseThrow(() -> new NotFoundException("PlanningRound", roundId));
    }

    public List<FiscalYear> fiscalYears() {
        return em.createNamedQuery("FiscalYear.all", FiscalYear.class).getResultList();
    }

    /** The plans of a round that the current user may see, by department code. */
    public List<Plan> plans(long roundId) {
        return em.createNamedQuery("Plan.ofRound", Plan.class).setParameter("round", get(roundId)).getResultStream()
                .filter(p -> currentActor.get().may(Action.VIEW_FIGURES, p.getDepartment())).toList();
    }

    /** The faculties, the administration and the departments a new round can be prepared for: every active one. */
    public List<OrgUnit> unitsThatMayTakePart() {
        requireAdministrator();
        return em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultStream()
                .filter(u -> u.isActive() && u.getKind() != OrgUnitKind.UNIVERSITY).toList();
    }

    /**
     * True when the university total can be approved: the board's decision is recorded and every
     * plan of the round, whoever may see it, has reached level 2.
     */
    public boolean isReadyForFinal(PlanningRound round) {
        List<Plan> all = em.createNamedQuery("Plan.ofRound", Plan.class).setParameter("round", round).getResultList();
        return round.isOpen() && round.getBoardDecisionDate() != null && !all.isEmpty()
                && all.stream().allMatch(p -> p.getState() == PlanState.APPROVED_2);
    }

    /** Does the current user administer rounds? */
    public boolean mayAdminister() {
        return currentActor.get().may(Action.ADMINISTER_ROUNDS, university());
    }

    /**
     * Prepares a round for the chosen units: each department chosen, and every active department
     * under each faculty or administration chosen, gets a draft plan.
     */
    public PlanningRound create(RoundKind kind, long fiscalYearId, String label, Deadlines deadlines,
                                Collection<Long> unitIds) {
        requireAdministrator();
        FiscalYear year = Optional.ofNullable(em.find(FiscalYear.class, fiscalYearId))
                .orElseThrow(() -> new NotFoundException("FiscalYear", fiscalYearId));
        PlanningRound round = new PlanningRound(kind, year, label, deadlines, currentActor.username());
        if (!em.createNamedQuery("PlanningRound.byLabel", PlanningRound.class)
                .setParameter("label", round.getLabel().toLowerCase(Locale.ROOT)).getResultList().isEmpty()) {
            throw new RuleViolationException("error.round.labelTaken", round.getLabel());
        }
        Set<OrgUnit> departments = departments(unitIds);
        if (departments.isEmpty()) {
            throw new RuleViolationException("error.round.noUnits");
        }
        em.persist(round);
        for (OrgUnit department : departments) {
            em.persist(new Plan(round, department, currentActor.username()));
        }
        em.flush();
        audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "CREATE", null,
                kind + " " + year.getLabel() + ", " + departments.size() + " departments");
        return round;
    }

    /** Adds departments to a round that is not closed; those already in it are left as they are. */
    public int addUnits(long roundId, long expectedVersion, Collection<Long> unitIds) {
        PlanningRound round = administered(roundId, expectedVersion);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new RuleViolationException("error.round.closed", round.getLabel());
        }
        int added = 0;
        for (OrgUnit department : departments(unitIds)) {
            if (em.createNamedQuery("Plan.byRoundAndDepartment", Plan.class).setParameter("round", round)
                    .setParameter("department", department).getResultList().isEmpty()) {
                em.persist(new Plan(round, department, currentActor.username()));
                audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "ADD_UNIT", null, department.toString());
                added++;
            }
        }
        return added;
    }

    public PlanningRound open(long roundId, long expectedVersion) {
        PlanningRound round = administered(roundId, expectedVersion);
        round.open();
        audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "OPEN", RoundStatus.PREPARED, RoundStatus.OPEN);
        return round;
    }

    public PlanningRound close(long roundId, long expectedVersion) {
        PlanningRound round = administered(roundId, expectedVersion);
        round.close();
        audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "CLOSE", RoundStatus.OPEN, RoundStatus.CLOSED);
        return round;
    }

    public PlanningRound reopen(long roundId, long expectedVersion) {
        PlanningRound round = administered(roundId, expectedVersion);
        round.reopen();
        audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "REOPEN", RoundStatus.CLOSED, RoundStatus.OPEN);
        return round;
    }

    public PlanningRound reschedule(long roundId, long expectedVersion, Deadlines deadlines) {
        PlanningRound round = administered(roundId, expectedVersion);
        Deadlines old = round.getDeadlines();
        round.reschedule(deadlines);
        audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "RESCHEDULE", old, round.getDeadlines());
        return round;
    }

    /** The university approver records the board's decision, which the final approval needs. */
    public PlanningRound recordBoardDecision(long roundId, long expectedVersion, LocalDate date, String reference) {
        PlanningRound round = get(roundId);
        currentActor.get().require(Action.APPROVE_FINAL, university());
        round.requireVersion(expectedVersion, round.getLabel());
        round.recordBoardDecision(date, reference);
        audit.record(AUDIT_TYPE, round.getId(), round.getLabel(), "BOARD_DECISION", null, date + " " + reference);
        return round;
    }

    /** The round of the same kind in the year before, if there is one: "last year". */
    public Optional<PlanningRound> lastYear(PlanningRound round) {
        LocalDate start = round.getFiscalYear().getStartDate().minusYears(1);
        return all().stream().filter(r -> r.getKind() == round.getKind())
                .filter(r -> r.getFiscalYear().getStartDate().equals(start)).findFirst();
    }

    /** The newest forecast round created before this one: "the previous forecast". */
    public Optional<PlanningRound> previousForecast(PlanningRound round) {
        return all().stream().filter(r -> r.getKind() == RoundKind.FORECAST && !r.getId().equals(round.getId()))
                .filter(r -> r.getCreatedAt().isBefore(round.getCreatedAt()))
                .filter(r -> !r.getFiscalYear().getStartDate().isAfter(round.getFiscalYear().getStartDate()))
                .findFirst();
    }

    /** The rounds a round is compared with and may start from: last year's, then the previous forecast. */
    public List<PlanningRound> comparedWith(PlanningRound round) {
        List<PlanningRound> rounds = new java.util.ArrayList<>();
        lastYear(round).ifPresent(rounds::add);
        previousForecast(round).filter(r -> rounds.stream().noneMatch(x -> x.getId().equals(r.getId())))
                .ifPresent(rounds::add);
        return rounds;
    }

    /** The fiscal year's budget as follow-up compares actuals with it: see {@link RoundChoice#budget}. */
    public Optional<PlanningRound> budgetOf(long fiscalYearId) {
        return RoundChoice.budget(ofYear(fiscalYearId));
    }

    /** The fiscal year's newest forecast: see {@link RoundChoice#forecast}. */
    public Optional<PlanningRound> latestForecastOf(long fiscalYearId) {
        return RoundChoice.forecast(ofYear(fiscalYearId));
    }

    private List<PlanningRound> ofYear(long fiscalYearId) {
        return all().stream().filter(r -> r.getFiscalYear().getId() == fiscalYearId).toList();
    }

    /** The university: the root of the organisation tree. */
    public OrgUnit university() {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("OrgUnit", "root"));
    }

    private PlanningRound administered(long roundId, long expectedVersion) {
        requireAdministrator();
        PlanningRound round = get(roundId);
        round.requireVersion(expectedVersion, round.getLabel());
        return round;
    }

    private void requireAdministrator() {
        currentActor.get().require(Action.ADMINISTER_ROUNDS, university());
    }

    private Set<OrgUnit> departments(Collection<Long> unitIds) {
        Set<OrgUnit> result = new LinkedHashSet<>();
        List<OrgUnit> all = em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultList();
        for (Long id : unitIds) {
            OrgUnit chosen = all.stream().filter(u -> u.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("OrgUnit", id));
            for (OrgUnit unit : all) {
                if (unit.getKind() == OrgUnitKind.DEPARTMENT && unit.isActive() && unit.isWithin(chosen)) {
                    result.add(unit);
                }
            }
        }
        return result;
    }
}
