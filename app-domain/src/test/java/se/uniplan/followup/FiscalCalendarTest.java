package se.uniplan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.uniplan.shared.RuleViolationException;

/** Ledger periods land in the right month of the fiscal year, including the opening and closing periods. */
class FiscalCalendarTest {

    private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(YearMonth.of(2026, 1));
    private static final FiscalCalendar FROM_JULY = new FiscalCalendar(YearMonth.of(2026, 7));

    @ParameterizedTest
    @CsvSource({"202601, 1", "202600, 1", "202610, 10", "202612, 12", "202613, 12",
                "202513, 0", "202701, 0", "202700, 0", "202614, 0", "202599, 0"})
    void aCalendarFiscalYear(int period, int month) {
        assertEquals(month, CALENDAR_YEAR.monthOf(period));
    }

    @ParameterizedTest
    @CsvSource({"202607, 1", "202612, 6", "202701, 7", "202706, 12", "202600, 1", "202713, 12",
                "202613, 0", "202700, 0", "202606, 0", "202707, 0"})
    void aFiscalYearFromJulyPutsTheOpeningInItsFirstAndTheClosingInItsLastYear(int period, int month) {
        assertEquals(month, FROM_JULY.monthOf(period));
    }

    @Test
    void theQueryRangeCoversTheOpeningAndClosingPeriods() {
        assertEquals(202600, CALENDAR_YEAR.firstLedgerPeriod());
        assertEquals(202613, CALENDAR_YEAR.lastLedgerPeriod());
        assertEquals(202713, FROM_JULY.lastLedgerPeriod());
        assertEquals(YearMonth.of(2027, 3), FROM_JULY.month(9));
        assertEquals(202703, FROM_JULY.ledgerPeriod(9));
    }

    @Test
    void theLedgerPeriodsOfAViewIncludeOpeningInTheFirstMonthAndClosingInTheLast() {
        assertEquals(List.of(202603), FollowUpService.ledgerPeriods(CALENDAR_YEAR, PeriodView.MONTH, 3));
        assertEquals(List.of(202601, 202600, 202602), FollowUpService.ledgerPeriods(CALENDAR_YEAR, PeriodView.YEAR_TO_DATE, 2));
        List<Integer> year = FollowUpService.ledgerPeriods(CALENDAR_YEAR, PeriodView.FULL_YEAR, 4);
        assertEquals(14, year.size());
        assertEquals(List.of(202612, 202613), year.subList(12, 14));
    }

    @Test
    void viewsCoverTheirMonths() {
        assertEquals(4, PeriodView.MONTH.firstMonth(4));
        assertEquals(4, PeriodView.MONTH.lastMonth(4));
        assertEquals(1, PeriodView.YEAR_TO_DATE.firstMonth(4));
        assertEquals(4, PeriodView.YEAR_TO_DATE.lastMonth(4));
        assertEquals(12, PeriodView.FULL_YEAR.lastMonth(4));
        assertThrows(RuleViolationException.class, () -> PeriodView.MONTH.firstMonth(13));
        assertThrows(RuleViolationException.class, () -> PeriodView.YEAR_TO_DATE.lastMonth(0));
    }
}
