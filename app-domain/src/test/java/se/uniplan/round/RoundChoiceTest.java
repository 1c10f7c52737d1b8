package se.uniplan.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uniplan.accounting.FiscalYear;

/** Follow-up compares with the approved budget if there is one, and with the newest forecast. */
class RoundChoiceTest {

    private static final FiscalYear YEAR = new FiscalYear("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static PlanningRound round(RoundKind kind, String label, String created) {
        PlanningRound round = new PlanningRound(kind, YEAR, label, Deadlines.none(), "processansvarig");
        try {
            Field field = PlanningRound.class.getDeclaredField("createdAt");
            field.setAccessible(true);
            field.set(round, Instant.parse(created + "T09:00:00Z"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return round;
    }

    @Test
    void theApprovedBudgetWinsOverAClosedOneAndAClosedOneOverANewerOpenOne() {
        PlanningRound approved = round(RoundKind.BUDGET, "Budget", "2025-10-01");
        approved.open();
        approved.recordBoardDecision(LocalDate.of(2025, 12, 11), "US 1");
        approved.markFinallyApproved("godkannare");
        PlanningRound closed = round(RoundKind.BUDGET, "Budget rev", "2025-11-01");
        closed.open();
        closed.close();
        PlanningRound open = round(RoundKind.BUDGET, "Budget rev 2", "2026-02-01");
        open.open();
        PlanningRound forecast = round(RoundKind.FORECAST, "Prognos", "2026-03-01");
        assertEquals("Budget", RoundChoice.budget(List.of(open, closed, approved, forecast)).orElseThrow().getLabel());
        assertEquals("Budget rev", RoundChoice.budget(List.of(open, closed, forecast)).orElseThrow().getLabel());
        assertEquals("Budget rev 2", RoundChoice.budget(List.of(open, round(RoundKind.BUDGET, "Old", "2025-01-01")))
                .orElseThrow().getLabel());
        assertTrue(RoundChoice.budget(List.of(forecast)).isEmpty());
    }

    @Test
    void theForecastIsTheNewest() {
        PlanningRound t1 = round(RoundKind.FORECAST, "Prognos T1", "2026-04-01");
        PlanningRound t2 = round(RoundKind.FORECAST, "Prognos T2", "2026-08-17");
        assertEquals("Prognos T2", RoundChoice.forecast(List.of(t2, t1, round(RoundKind.BUDGET, "B", "2026-09-01")))
                .orElseThrow().getLabel());
    }
}
