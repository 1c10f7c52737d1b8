package se.uniplan.plugin.ubw.csv;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.uniplan.plugin.api.ledger.DimensionRole;
import se.uniplan.plugin.api.ledger.LedgerAccount;
import se.uniplan.plugin.api.ledger.LedgerDimensionValue;
import se.uniplan.plugin.api.ledger.LedgerFileSummary.PeriodAccount;
import se.uniplan.plugin.api.ledger.LedgerLine;
import se.uniplan.plugin.ubw.bench.LedgerGenerator;
import se.uniplan.plugin.ubw.bench.LedgerGenerator.Options;
import se.uniplan.plugin.ubw.bench.LedgerGenerator.Summary;

/** The benchmark's generated ledger read back by the reader: it must be a ledger the core would load. */
class GeneratedLedgerTest {

    private static final int ROWS = 20_000;

    @TempDir
    static Path folder;

    private static Path file;
    private static Summary generated;
    private static CsvFixture.Read read;

    @BeforeAll
    static void generate() throws IOException {
        file = folder.resolve("full/agltransact.csv");
        generated = LedgerGenerator.generate(new Options(file, ROWS, 11, null, 50_000));
        read = CsvFixture.read(file);
    }

    @Test
    void readsBackWithoutAProblem() {
        assertEquals(List.of(), read.sink().problems);
        assertEquals(ROWS, read.summary().ledgerLines());
        assertEquals(ROWS + 1, read.summary().linesRead());
        assertEquals("UTF-8", read.sink().header.encoding());
    }

    @Test
    void everyVoucherHasTwoToTwelveLinesAndBalances() {
        Map<String, List<LedgerLine>> vouchers = read.sink().lines.stream().collect(groupingBy(LedgerLine::voucher));
        assertEquals(generated.vouchers(), vouchers.size());
        vouchers.forEach((voucher, lines) -> {
            assertEquals(0, lines.stream().mapToLong(LedgerLine::amount).sum(), voucher);
            assertTrue(lines.size() >= 2 && lines.size() <= 12, voucher + " has " + lines.size());
        });
        assertEquals(Set.of("GL", "IF", "AP", "AR", "LR"),
                vouchers.keySet().stream().map(v -> v.substring(0, 2)).collect(Collectors.toSet()));
    }

    @Test
    void theReadersControlTotalsEqualASumMadeWithoutIt() throws IOException {
        Map<PeriodAccount, Long> independent = new HashMap<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.skip(1).map(line -> line.split(";", -1)).forEach(f -> independent.merge(
                    new PeriodAccount(Integer.parseInt(f[9]), f[1]),
                    new BigDecimal(f[11]).movePointRight(2).longValueExact(), Long::sum));
        }
        assertEquals(independent, read.summary().controlTotals());
        assertTrue(independent.size() > 200, "the totals cover many periods and accounts: " + independent.size());
    }

    @Test
    void agrtidsIncreaseStrictlyFromTheStart() {
        List<Long> keys = read.sink().lines.stream().map(l -> Long.parseLong(l.key())).toList();
        assertEquals(LedgerGenerator.FIRST_AGRTID, keys.get(0));
        for (int i = 1; i < keys.size(); i++) {
            assertEquals(keys.get(i - 1) + 1, keys.get(i));
        }
        assertEquals(keys.get(keys.size() - 1), generated.lastAgrtid());
    }

    @Test
    void linesAreDatedOnWorkingDaysInsideTheirPeriod() {
        Map<Integer, Long> perPeriod = read.sink().lines.stream().collect(groupingBy(LedgerLine::period, Collectors.counting()));
        assertEquals(13, perPeriod.size(), "202601–202613: " + perPeriod.keySet());
        assertTrue(perPeriod.get(202607) < perPeriod.get(202606) / 2, "July is quiet: " + perPeriod);
        for (LedgerLine line : read.sink().lines) {
            LocalDate date = line.voucherDate();
            int month = line.period() % 100;
            assertEquals(month == 13 ? LocalDate.of(2026, 12, 31) : date, date);
            assertEquals(2026_00 + (month == 13 ? 12 : month), date.getYear() * 100 + date.getMonthValue());
            assertTrue(month == 13 || date.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue(), line.toString());
            assertEquals(date, line.transactionDate());
        }
    }

    @Test
    void amountsAndTextsLookLikeAUniversitysLedger() {
        List<LedgerLine> salaries = read.sink().lines.stream().filter(l -> l.account().equals("4011")).toList();
        assertTrue(salaries.size() > 100);
        assertTrue(salaries.stream().allMatch(l -> l.amount() >= 30_000_00 && l.amount() <= 70_000_00));
        assertTrue(salaries.stream().allMatch(l -> l.text().startsWith("Lön ")));
        assertTrue(read.sink().lines.stream().anyMatch(l -> l.text().contains("ö")));
        assertTrue(read.sink().lines.stream().anyMatch(l -> l.text().startsWith("Leverantörsfaktura Åhléns")));
        assertTrue(read.sink().lines.stream().filter(l -> l.account().startsWith("30")).allMatch(l -> l.amount() < 0),
                "appropriations are revenue: credit");
    }

    @Test
    void everyAccountAndDimensionValueIsDeclaredInTheMasterDataBeside() throws IOException {
        CsvFixture.Read accounts = CsvFixture.read(file.resolveSibling("aglaccounts.csv"));
        CsvFixture.Read values = CsvFixture.read(file.resolveSibling("agldimvalue.csv"));
        assertEquals(List.of(), accounts.sink().problems);
        assertEquals(List.of(), values.sink().problems);
        assertEquals(22, accounts.sink().accounts.size());
        Set<String> declaredAccounts = accounts.sink().accounts.stream().map(LedgerAccount::number).collect(Collectors.toSet());
        Map<DimensionRole, Set<String>> declared = values.sink().values.stream().collect(
                groupingBy(LedgerDimensionValue::role, Collectors.mapping(LedgerDimensionValue::code, Collectors.toSet())));
        for (LedgerLine line : read.sink().lines) {
            assertTrue(declaredAccounts.contains(line.account()), line.account());
            for (DimensionRole role : DimensionRole.values()) {
                String value = line.dimensions().of(role);
                assertTrue(value == null || declared.get(role).contains(value), role + " " + value);
            }
        }
        List<LedgerDimensionValue> costCentres = values.sink().values.stream()
                .filter(v -> v.role() == DimensionRole.COST_CENTRE).toList();
        assertEquals(10, costCentres.stream().filter(v -> v.parent() == null).count(), "faculties");
        assertEquals(200, costCentres.stream().filter(v -> v.parent() != null).count(), "departments");
        assertTrue(declared.get(DimensionRole.COST_CENTRE).containsAll(List.of("NT-FYS", "HS-FEK", "UF-HR", "F3-D17")));
        assertEquals(Set.of("10", "11", "12", "30", "31", "90", "91", "92"), declared.get(DimensionRole.ACTIVITY_TYPE));
    }

    @Test
    void theSummarySaysEveryPeriodSumsToZero() {
        assertEquals(13, generated.sumByPeriod().size());
        assertTrue(generated.sumByPeriod().values().stream().allMatch(sum -> sum == 0));
        Map<Integer, Long> debits = read.sink().lines.stream().filter(l -> l.amount() > 0)
                .collect(groupingBy(LedgerLine::period, summingLong(LedgerLine::amount)));
        assertEquals(debits, generated.debitByPeriod());
        assertTrue(generated.json().startsWith("{\"file\":") && generated.json().contains("\"rows\":20000,"));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path first = folder.resolve("a/agltransact.csv");
        Path again = folder.resolve("b/agltransact.csv");
        Path other = folder.resolve("c/agltransact.csv");
        LedgerGenerator.generate(new Options(first, 3_000, 5, null, 50_000));
        LedgerGenerator.generate(new Options(again, 3_000, 5, null, 50_000));
        LedgerGenerator.generate(new Options(other, 3_000, 6, null, 50_000));
        assertEquals(-1, Files.mismatch(first, again));
        assertNotEquals(-1, Files.mismatch(first, other));
    }

    @Test
    void aNightlyDeltaIsOneDaysBalancedRowsAfterTheFullFile() throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 3);
        Path delta = folder.resolve("delta/agltransact-2026-11-03.csv");
        Summary summary = LedgerGenerator.generate(new Options(delta, ROWS, 11, day, 2_000));
        CsvFixture.Read nightly = CsvFixture.read(delta);

        assertEquals(List.of(), nightly.sink().problems);
        assertEquals(2_000, nightly.sink().lines.size());
        assertTrue(nightly.sink().lines.stream().allMatch(l -> l.voucherDate().equals(day) && l.period() == 202611));
        long lastOfFull = generated.lastAgrtid();
        assertTrue(nightly.sink().lines.stream().allMatch(l -> Long.parseLong(l.key()) > lastOfFull));
        assertEquals(summary.firstAgrtid(), Long.parseLong(nightly.sink().lines.get(0).key()));
        Set<String> fullVouchers = read.sink().lines.stream().map(LedgerLine::voucher).collect(Collectors.toSet());
        Map<String, Long> sums = nightly.sink().lines.stream().collect(groupingBy(LedgerLine::voucher, summingLong(LedgerLine::amount)));
        assertTrue(sums.values().stream().allMatch(sum -> sum == 0));
        assertTrue(sums.keySet().stream().noneMatch(fullVouchers::contains));
    }
}
