package se.uniplan.web.rounds;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.uniplan.access.Action;
import se.uniplan.access.CurrentActor;
import se.uniplan.org.OrgUnit;
import se.uniplan.plan.PlanFigures;
import se.uniplan.plan.PlanState;
import se.uniplan.plan.PlanWorkflowService;
import se.uniplan.plan.RollUpRow;
import se.uniplan.round.BoardRow;
import se.uniplan.round.PlanningRound;
import se.uniplan.round.RoundService;
import se.uniplan.round.StatusBoard;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;
import se.uniplan.web.ViewParams;

/**
 * rounds/round.xhtml?id=…: a round's status board (who is waiting on whom, overdue steps),
 * its roll-up to the university total, and the process administrator's and the university
 * approver's actions on it. Each action is one service call, then a message and a reload.
 */
@Named
@ViewScoped
public class RoundView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RoundService rounds;

    @Inject
    private transient StatusBoard board;

    @Inject
    private transient PlanFigures figures;

    @Inject
    private transient PlanWorkflowService workflow;

    @Inject
    private transient CurrentActor currentActor;

    private String id;
    private Long groupId;
    private PlanningRound round;
    private List<BoardRow> rows;
    private List<OrgUnit> groups;
    private List<RollUpRow> rollUp;
    private OrgUnit university;
    private OrgUnit rollUpUnit;
    private boolean administrator;
    private boolean approver;
    private boolean readyForFinal;

    private final DeadlineForm deadlines = new DeadlineForm();
    private LocalDate boardDate;
    private String boardReference;

    /** The view action: loads the round named by the {@code id} parameter. */
    public void load() {
        long roundId = ViewParams.id(id, "PlanningRound");
        round = rounds.get(roundId);
        university = rounds.university();
        administrator = rounds.mayAdminister();
        approver = currentActor.get().may(Action.APPROVE_FINAL, university);
        rows = board.of(roundId, groupId);
        readyForFinal = rounds.isReadyForFinal(round);
        groups = board.groups(roundId);
        rollUpUnit = currentActor.get().may(Action.VIEW_FIGURES, university) ? university
                : groups.stream().filter(g -> currentActor.get().may(Action.VIEW_FIGURES, g)).findFirst().orElse(null);
        rollUp = rollUpUnit == null ? List.of() : figures.rollUp(roundId, rollUpUnit.getId());
        deadlines.show(round.getDeadlines());
        boardDate = round.getBoardDecisionDate();
        boardReference = round.getBoardDecisionReference();
    }

    public void filter() {
        rows = board.of(round.getId(), groupId);
    }

    public void open() {
        run(() -> rounds.open(round.getId(), round.getVersion()), "round.opened");
    }

    public void close() {
        run(() -> rounds.close(round.getId(), round.getVersion()), "round.closed");
    }

    public void reopen() {
        run(() -> rounds.reopen(round.getId(), round.getVersion()), "round.reopened");
    }

    public void reschedule() {
        run(() -> rounds.reschedule(round.getId(), round.getVersion(),
                deadlines.toDeadlines()), "round.rescheduled");
    }

    public void recordBoardDecision() {
        run(() -> rounds.recordBoardDecision(round.getId(), round.getVersion(), boardDate, boardReference),
                "round.boardRecorded");
    }

    public void approveRound() {
        run(() -> workflow.approveRound(round.getId(), round.getVersion()), "round.approved");
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Messages.info(successKey, round.getLabel());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    /** True when the board's decision is recorded and every plan has reached level 2. */
    public boolean isReadyForFinal() {
        return readyForFinal;
    }

    public long countIn(PlanState state) {
        return rows.stream().filter(r -> r.plan().getState() == state).count();
    }

    public long getOverdueCount() {
        return rows.stream().filter(BoardRow::overdue).count();
    }

    public PlanState[] getStates() {
        return PlanState.values();
    }

    /** The university's total of the roll-up. */
    public long[] getTotal() {
        long[] total = new long[2];
        for (RollUpRow r : rollUp) {
            total[0] += r.revenue();
            total[1] += r.cost();
        }
        return total;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public PlanningRound getRound() {
        return round;
    }

    public List<BoardRow> getRows() {
        return rows;
    }

    public List<OrgUnit> getGroups() {
        return groups;
    }

    /** The unit the roll-up adds up to: the university, or the reader's own faculty. */
    public OrgUnit getRollUpUnit() {
        return rollUpUnit;
    }

    public List<RollUpRow> getRollUp() {
        return rollUp;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isApprover() {
        return approver;
    }

    public LocalDate getBoardDate() {
        return boardDate;
    }

    public void setBoardDate(LocalDate boardDate) {
        this.boardDate = boardDate;
    }

    public String getBoardReference() {
        return boardReference;
    }

    public void setBoardReference(String boardReference) {
        this.boardReference = boardReference;
    }

    public DeadlineForm getDeadlines() {
        return deadlines;
    }
}
