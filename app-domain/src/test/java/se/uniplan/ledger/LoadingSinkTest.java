package se.uniplan.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerDimensions;
import se.uniplan.plugin.api.ledger.LedgerFileHeader;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.Content;
import se.uniplan.plugin.api.ledger.LedgerFileHeader.FiscalYearSpan;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.plugin.api.ledger.LedgerProblem.Kind;

class LoadingSinkTest {

    private final List<EntryRow> written = new ArrayList<>();
    private final ProblemLog problems = new ProblemLog(100);
    private final LoadProgress progress = new LoadProgress();

    private LoadingSink sink(Set<Long> alreadyLoaded) {
        LedgerReferenceData reference = new LedgerReferenceData(Set.of("4011", "1930", "3011"),
                Map.of(DimensionRole.ACTIVITY_TYPE, Set.of("10", "30")), Map.of("NT-FYS", 100L),
                Map.of("NT-FYS-30", 1002L));
        LoadingSink sink = new LoadingSink(reference, new EntryWriter() {
            @Override
            public void write(EntryRow row) {
                written.add(row);
            }

            @Override
            public long finish() {
                return written.size();
            }

            @Override
            public void writeTotals(Map<LoadingSink.TotalKey, long[]> totals) {
                throw new UnsupportedOperationException("the sink never writes totals itself");
            }
        }, problems, alreadyLoaded, progress.start(1), 0);
        sink.header(new LedgerFileHeader("test", Content.TRANSACTIONS, "UTF-8", "", null, "",
                List.of(new FiscalYearSpan(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));
        return sink;
    }

    private static LedgerLine line(long no, String key, String voucher, int period, String account, String costCentre,
                                   String activityType, long amount) {
        return new LedgerLine(no, key, voucher, period, LocalDate.of(2026, period % 100, 1), null, account,
                new LedgerDimensions(costCentre, null, activityType, null, null), amount, "text " + no);
    }

    @Test
    void aBalancedVoucherIsWrittenMappedOntoUnitAndActivity() {
        LoadingSink sink = sink(Set.of());
        sink.line(line(1, "1", "GL 1", 202603, "4011", "NT-FYS", "30", 50_000_00));
        sink.line(line(2, "2", "GL 1", 202603, "1930", null, null, -50_000_00));
        sink.complete();
        assertEquals(2, written.size());
        assertEquals(100L, written.get(0).unitId());
        assertEquals(1002L, written.get(0).activityId());
        assertEquals(null, written.get(1).unitId());
        assertEquals(0, problems.count());
        assertEquals(2, sink.loaded());
        assertEquals(Set.of(202603), sink.periods());
    }

    @Test
    void anUnbalancedVoucherIsRefusedWholeAndNamedWithItsFirstLine() {
        LoadingSink sink = sink(Set.of());
        sink.line(line(1, "1", "GL 1", 202603, "4011", "NT-FYS", "30", 100_00));
        sink.line(line(2, "2", "GL 1", 202603, "1930", null, null, -99_00));
        sink.line(line(3, "3", "GL 2", 202603, "4011", "NT-FYS", "30", 10_00));
        sink.line(line(4, "4", "GL 2", 202603, "1930", null, null, -10_00));
        sink.complete();
        assertEquals(List.of("3", "4"), written.stream().map(r -> Long.toString(r.rowKey())).toList());
        LedgerProblem problem = problems.kept().get(0);
        assertEquals(Kind.UNBALANCED_VOUCHER, problem.kind());
        assertEquals(1, problem.sourceLine());
        assertTrue(problem.value().startsWith("GL 1: 1,00"), problem.value());
        assertEquals(2, sink.refused());
        assertEquals(Map.of(202603, 100_00L - 99_00L), Map.of(202603, sink.excluded().values().stream().mapToLong(Long::longValue).sum()));
    }

    @Test
    void oneBadLineRefusesItsWholeVoucherSoTheBooksNeverHoldHalfAVoucher() {
        LoadingSink sink = sink(Set.of());
        sink.line(line(7, "1", "GL 1", 202603, "9999", "NT-FYS", "30", 100_00));
        sink.line(line(8, "2", "GL 1", 202603, "1930", null, null, -100_00));
        sink.complete();
        assertEquals(0, written.size());
        assertEquals(Kind.UNKNOWN_ACCOUNT, problems.kept().get(0).kind());
        assertEquals(7, problems.kept().get(0).sourceLine());
        assertEquals(1, problems.count());
    }

    @Test
    void unknownDimensionValuesAndPeriodsOutsideTheYearAreRefused() {
        LoadingSink sink = sink(Set.of());
        sink.line(line(1, "1", "A", 202603, "4011", "XX-NOPE", "30", 1_00));
        sink.line(line(2, "2", "A", 202603, "1930", null, null, -1_00));
        sink.line(line(3, "3", "B", 202603, "4011", "NT-FYS", "77", 1_00));
        sink.line(line(4, "4", "B", 202603, "1930", null, null, -1_00));
        sink.line(line(5, "5", "C", 202701, "4011", "NT-FYS", "30", 1_00));
        sink.line(line(6, "6", "C", 202701, "1930", null, null, -1_00));
        sink.complete();
        assertEquals(List.of(Kind.UNKNOWN_DIMENSION_VALUE, Kind.UNKNOWN_DIMENSION_VALUE, Kind.PERIOD_OUTSIDE_FISCAL_YEAR,
                        Kind.PERIOD_OUTSIDE_FISCAL_YEAR),
                problems.kept().stream().map(LedgerProblem::kind).toList());
        assertEquals("COST_CENTRE XX-NOPE", problems.kept().get(0).value());
        assertEquals(0, written.size());
    }

    @Test
    void aDimensionValueTheFileDeclaresIsKnownFromThenOn() {
        LoadingSink sink = sink(Set.of());
        sink.dimensionValue(new LedgerDimensionValue(DimensionRole.ACTIVITY_TYPE, "77", "Nytt", null, true, 1));
        sink.line(line(2, "3", "B", 202603, "4011", "NT-FYS", "77", 1_00));
        sink.line(line(3, "4", "B", 202603, "1930", null, null, -1_00));
        sink.complete();
        assertEquals(0, problems.count());
        assertEquals(2, written.size());
    }

    @Test
    void keysAlreadyLoadedAreSkippedAndKeysTwiceInTheFileAreReported() {
        LoadingSink sink = sink(Set.of(1L, 2L));
        sink.line(line(1, "1", "A", 202603, "4011", "NT-FYS", "30", 1_00));
        sink.line(line(2, "2", "A", 202603, "1930", null, null, -1_00));
        sink.line(line(3, "3", "B", 202603, "4011", "NT-FYS", "30", 1_00));
        sink.line(line(4, "3", "B", 202603, "1930", null, null, -1_00));
        sink.complete();
        assertEquals(2, sink.skipped());
        assertEquals(2, sink.loaded());
        assertEquals(Kind.DUPLICATE_KEY, problems.kept().get(0).kind());
        assertEquals("3", problems.kept().get(0).value());
    }

    @Test
    void aLineTheReaderFlaggedButHandedOnIsRefusedWithItsVoucher() {
        LoadingSink sink = sink(Set.of());
        sink.problem(new LedgerProblem(5, Kind.GARBLED_ENCODING, "Ã¥"));
        sink.problem(new LedgerProblem(9, Kind.MALFORMED_LINE, "12,3,4"));
        sink.line(line(5, "1", "A", 202603, "4011", "NT-FYS", "30", 1_00));
        sink.line(line(6, "2", "A", 202603, "1930", null, null, -1_00));
        sink.complete();
        assertEquals(0, written.size());
        assertEquals(3, sink.refused(), "the voucher's two lines and the malformed line not handed on");
        assertEquals(2, problems.count());
    }

    @Test
    void sieIdentitiesBecomeStableNumericKeys() {
        assertEquals(100234L, LoadingSink.rowKey("100234"));
        assertEquals(LoadingSink.rowKey("A 12 #3"), LoadingSink.rowKey("A 12 #3"));
        assertTrue(LoadingSink.rowKey("A 12 #3") != LoadingSink.rowKey("A 12 #4"));
    }

    @Test
    void aStoppedLoadStopsAtItsNextCheck() {
        LoadProgress registry = new LoadProgress();
        LoadProgress.Tracker tracker = registry.start(9);
        registry.cancel(9);
        assertThrows(LoadCancelledException.class, () -> tracker.linesRead(10_000));
    }
}
