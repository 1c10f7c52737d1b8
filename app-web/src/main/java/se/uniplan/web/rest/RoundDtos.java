package se.uniplan.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.uniplan.plan.RollUpRow;
import se.uniplan.plan.Task;
import se.uniplan.round.BoardRow;
import se.uniplan.round.PlanningRound;

/** The JSON shapes of planning rounds, their status board, roll-up and the task list. */
public final class RoundDtos {

    private RoundDtos() {
    }

    public record RoundDto(long id, long version, String kind, String fiscalYear, String label, String status,
                           LocalDate registerBy, LocalDate level1By, LocalDate level2By, LocalDate finalBy,
                           LocalDate boardDecisionDate, String boardDecisionReference, Instant finalApprovedAt) {
        static RoundDto of(PlanningRound r) {
            return new RoundDto(r.getId(), r.getVersion(), r.getKind().name(), r.getFiscalYear().getLabel(), r.getLabel(),
                    r.getStatus().name(), r.getDeadlines().getRegisterBy(), r.getDeadlines().getLevel1By(),
                    r.getDeadlines().getLevel2By(), r.getDeadlines().getFinalBy(), r.getBoardDecisionDate(),
                    r.getBoardDecisionReference(), r.getFinalApprovedAt());
        }
    }

    public record BoardRowDto(long planId, long planVersion, String department, String departmentName, String group,
                              String state, String waitingOn, List<String> waitingFor, LocalDate deadline,
                              boolean overdue, long revenue, long cost, long result) {
        static BoardRowDto of(BoardRow r) {
            return new BoardRowDto(r.plan().getId(), r.plan().getVersion(), r.plan().getDepartment().getCode(),
                    r.plan().getDepartment().getName(), r.group().getCode(), r.plan().getState().name(),
                    r.waitingOn() == null ? null : r.waitingOn().name(),
                    r.waitingFor().stream().map(BoardRow.Waiting::name).toList(), r.deadline(), r.overdue(),
                    r.revenue(), r.cost(), r.result());
        }
    }

    public record RollUpDto(long id, String code, String name, int plans, long revenue, long cost, long result,
                            Long lastYearResult, Long previousForecastResult) {
        static RollUpDto of(RollUpRow r) {
            return new RollUpDto(r.id(), r.code(), r.name(), r.plans(), r.revenue(), r.cost(), r.result(),
                    r.lastYearResult(), r.previousForecastResult());
        }
    }

    public record TaskDto(long planId, long planVersion, String plan, String step, String state, LocalDate deadline,
                          boolean overdue, String onBehalfOf) {
        static TaskDto of(Task t) {
            return new TaskDto(t.plan().getId(), t.plan().getVersion(), t.plan().label(), t.step().name(),
                    t.plan().getState().name(), t.deadline(), t.overdue(), t.onBehalfOf());
        }
    }
}
