package se.uniplan.web.rounds;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.org.OrgUnit;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundKind;
import se.uniplan.round.RoundService;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;

/**
 * rounds/index.xhtml: every planning round, and for the process administrator the form that
 * prepares a new one for the chosen units.
 */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RoundService rounds;

    private List<PlanningRound> all;
    private boolean administrator;
    private List<OrgUnit> unitCandidates = List.of();
    private List<FiscalYear> fiscalYears = List.of();

    private RoundKind kind = RoundKind.BUDGET;
    private Long fiscalYearId;
    private String label;
    private final DeadlineForm deadlines = new DeadlineForm();
    private List<Long> unitIds = new ArrayList<>();

    @PostConstruct
    void load() {
        all = rounds.all();
        administrator = rounds.mayAdminister();
        if (administrator) {
            unitCandidates = rounds.unitsThatMayTakePart();
            fiscalYears = rounds.fiscalYears();
        }
    }

    /** Prepares the round, then opens its page. */
    public String create() {
        try {
            PlanningRound round = rounds.create(kind, fiscalYearId == null ? -1 : fiscalYearId, label,
                    deadlines.toDeadlines(), unitIds);
            Messages.info("rounds.created", round.getLabel());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/rounds/round?faces-redirect=true&id=" + round.getId();
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    /** The faculties, the administration and their departments that can take part. */
    public List<OrgUnit> getUnitCandidates() {
        return unitCandidates;
    }

    public List<FiscalYear> getFiscalYears() {
        return fiscalYears;
    }

    public RoundKind[] getKinds() {
        return RoundKind.values();
    }

    public List<PlanningRound> getAll() {
        return all;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public RoundKind getKind() {
        return kind;
    }

    public void setKind(RoundKind kind) {
        this.kind = kind;
    }

    public Long getFiscalYearId() {
        return fiscalYearId;
    }

    public void setFiscalYearId(Long fiscalYearId) {
        this.fiscalYearId = fiscalYearId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public DeadlineForm getDeadlines() {
        return deadlines;
    }
}
