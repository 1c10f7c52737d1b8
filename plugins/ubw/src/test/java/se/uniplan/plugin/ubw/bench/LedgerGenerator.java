package se.uniplan.plugin.ubw.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.uniplan.plugin.ubw.bench.VoucherMaker.Line;

/**
 * Writes a realistic {@code agltransact} export for a large university, for the load benchmark
 * and the tests: the demo organisation scaled up to 200 departments under 10 faculties
 * ({@link University}), a year of balanced vouchers ({@link VoucherMaker}) spread over the
 * working days of 2026 (quieter in July), a few year-end adjustments in period 202613, agrtid
 * strictly increasing, UTF-8 with ';' and '.' decimals, UBW's column names. The same seed gives
 * the same bytes. Beside the file it writes the matching {@code aglaccounts.csv} and
 * {@code agldimvalue.csv}, and it prints a one-line JSON summary with the sum of amounts per
 * period, which is zero for every period because every voucher balances.
 *
 * <pre>
 * mvn -o -q -pl plugins/ubw -am test-compile
 * java -cp plugins/ubw/target/test-classes:plugins/ubw/target/classes:plugins/plugin-api/target/classes \
 *      se.uniplan.plugin.ubw.bench.LedgerGenerator /tmp/ledger/agltransact.csv 10000000 42
 * ... LedgerGenerator /tmp/ledger/delta-2026-11-03.csv 10000000 42 --delta-day 2026-11-03
 * </pre>
 *
 * <p>With {@code --delta-day} it writes one night's delta instead: {@value #NIGHTLY_ROWS} rows
 * (or {@code --delta-rows n}) dated that day, whose agrtids and voucher numbers follow those of
 * the full file of {@code <rows>} rows: day d of the year starts at agrtid
 * {@code first + rows + (d - 1) × deltaRows}, so the deltas of different days never collide.
 */
public final class LedgerGenerator {

    public static final long FIRST_AGRTID = 100_000_001L;
    static final int NIGHTLY_ROWS = 50_000;
    static final int YEAR = 2026;
    /** Swedish public holidays and eves of 2026 on weekdays: nobody posts then. */
    private static final java.util.Set<String> HOLIDAYS = java.util.Set.of("01-01", "01-06", "04-03", "04-06", "05-01",
            "05-14", "06-19", "12-24", "12-25", "12-31");
    static final String HEADER = "client;account;dim_1;dim_2;dim_3;dim_4;dim_5;dim_6;dim_7;period;fiscal_year;amount;"
            + "cur_amount;currency;voucher_no;voucher_type;voucher_date;trans_date;sequence_no;description;agrtid";

    /** What to write. {@code deltaDay} null for the full year. */
    public record Options(Path out, long rows, long seed, LocalDate deltaDay, int deltaRows) {
    }

    /** What was written, as the JSON line reports it. */
    public record Summary(Path file, long rows, long vouchers, long firstAgrtid, long lastAgrtid, double seconds,
                   Map<Integer, Long> sumByPeriod, Map<Integer, Long> debitByPeriod) {

        public String json() {
            return "{\"file\":\"" + file.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"rows\":" + rows
                    + ",\"vouchers\":" + vouchers + ",\"firstAgrtid\":" + firstAgrtid + ",\"lastAgrtid\":" + lastAgrtid
                    + ",\"seconds\":" + String.format(java.util.Locale.ROOT, "%.1f", seconds)
                    + ",\"sumByPeriod\":" + object(sumByPeriod) + ",\"debitByPeriod\":" + object(debitByPeriod) + "}";
        }

        private static String object(Map<Integer, Long> map) {
            return map.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }

    private final Options options;
    private final University university = new University();
    private final VoucherMaker maker = new VoucherMaker(university);
    private final Map<Integer, long[]> periods = new TreeMap<>();
    private final long[] voucherNumbers = new long[VoucherMaker.TYPES.length];
    private long agrtid;
    private long vouchers;

    private LedgerGenerator(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        LocalDate deltaDay = null;
        int deltaRows = NIGHTLY_ROWS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--delta-day" -> deltaDay = LocalDate.parse(args[++i]);
                case "--delta-rows" -> deltaRows = Integer.parseInt(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() < 2) {
            System.err.println("usage: LedgerGenerator <out.csv> <rows> [<seed>] [--delta-day yyyy-MM-dd [--delta-rows n]]");
            System.exit(2);
        }
        long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : 42;
        Options options = new Options(Path.of(positional.get(0)), Long.parseLong(positional.get(1)), seed, deltaDay,
                deltaRows);
        System.out.println(generate(options).json());
    }

    /** Writes the file and the master data beside it. */
    public static Summary generate(Options options) throws IOException {
        if (options.rows() < 2 || options.deltaRows() < 2) {
            throw new IllegalArgumentException("a balanced voucher needs at least two rows");
        }
        return new LedgerGenerator(options).run();
    }

    private Summary run() throws IOException {
        long started = System.nanoTime();
        Path out = options.out().toAbsolutePath();
        Files.createDirectories(out.getParent());
        university.writeMasterData(out.getParent());
        LocalDate day = options.deltaDay();
        long rows = day == null ? options.rows() : options.deltaRows();
        long first = FIRST_AGRTID + (day == null ? 0 : options.rows() + (day.getDayOfYear() - 1L) * options.deltaRows());
        agrtid = first;
        for (int t = 0; t < voucherNumbers.length; t++) {
            voucherNumbers[t] = (t + 1) * 100_000_000L + (day == null ? 0 : 50_000_000L + (day.getDayOfYear() - 1L) * options.deltaRows());
        }
        try (RowWriter writer = new RowWriter(new OutputStreamWriter(
                new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
            writer.text(HEADER).end();
            if (day == null) {
                SplittableRandom random = new SplittableRandom(options.seed());
                long yearEnd = rows / 500 >= 2 ? rows / 500 : 0;
                year(writer, rows - yearEnd, random);
                segment(writer, yearEnd, LocalDate.of(YEAR, 12, 31), YEAR * 100 + 13, random);
            } else {
                SplittableRandom random = new SplittableRandom(options.seed() * 31 + day.toEpochDay());
                segment(writer, rows, day, day.getYear() * 100 + day.getMonthValue(), random);
            }
        }
        Map<Integer, Long> sums = new TreeMap<>();
        Map<Integer, Long> debits = new TreeMap<>();
        periods.forEach((period, sum) -> {
            sums.put(period, sum[0]);
            debits.put(period, sum[1]);
        });
        return new Summary(out, rows, vouchers, first, agrtid - 1, (System.nanoTime() - started) / 1e9, sums, debits);
    }

    /** Spreads {@code rows} over the working days of the year, by each day's weight. */
    private void year(RowWriter writer, long rows, SplittableRandom random) throws IOException {
        List<LocalDate> days = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.getYear() == YEAR; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(d.toString().substring(5))) {
                double weight = switch (d.getMonthValue()) {
                    case 7 -> 0.3;
                    case 12 -> 1.2;
                    default -> d.getDayOfMonth() >= 24 ? 1.4 : 1.0;
                };
                days.add(d);
                weights.add(weight);
                total += weight;
            }
        }
        long written = 0;
        double cumulative = 0;
        for (int i = 0; i < days.size(); i++) {
            cumulative += weights.get(i);
            long until = i == days.size() - 1 ? rows : Math.round(rows * cumulative / total);
            if (rows - until == 1) {
                until = rows;
            }
            long share = until - written;
            if (share == 1) {
                continue; // a voucher needs two rows: this day's one row goes to the next day
            }
            LocalDate d = days.get(i);
            segment(writer, share, d, d.getYear() * 100 + d.getMonthValue(), random);
            written = until;
        }
    }

    /** Writes exactly {@code rows} rows of balanced vouchers dated {@code day} in {@code period}. */
    private void segment(RowWriter writer, long rows, LocalDate day, int period, SplittableRandom random)
            throws IOException {
        String date = day.toString();
        boolean yearEnd = period % 100 == 13;
        long remaining = rows;
        while (remaining > 0) {
            int type = yearEnd ? random.nextInt(2) : type(random);
            int n = size(type, random);
            if (n > remaining) {
                n = (int) remaining;
            }
            if (remaining - n == 1) {
                n = n < 12 ? n + 1 : n - 1;
            }
            maker.make(VoucherMaker.TYPES[type], n, day.getMonthValue(), random);
            write(writer, type, n, date, period, random);
            remaining -= n;
        }
    }

    /** GL, IF, AP, AR, LR by how often a university posts them. */
    private static int type(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 20 ? 0 : r < 35 ? 1 : r < 70 ? 2 : r < 85 ? 3 : 4;
    }

    private static int size(int type, SplittableRandom random) {
        return switch (type) {
            case 4 -> 6 + random.nextInt(7);
            case 2 -> 2 + random.nextInt(5);
            case 3 -> 2 + random.nextInt(3);
            case 1 -> 3 + random.nextInt(8);
            default -> 2 + random.nextInt(7);
        };
    }

    private void write(RowWriter w, int type, int n, String date, int period, SplittableRandom random)
            throws IOException {
        long number = ++voucherNumbers[type];
        vouchers++;
        int hour = 7 + random.nextInt(12);
        int minute = random.nextInt(60);
        int second = random.nextInt(60);
        boolean euro = maker.lines[0].text.startsWith("Bidrag EU");
        long[] sums = periods.computeIfAbsent(period, p -> new long[2]);
        for (int i = 0; i < n; i++) {
            Line line = maker.lines[i];
            w.text(University.CLIENT).separator().text(line.account).separator()
                    .text(line.costCentre).separator().text(line.project).separator().text(line.activityType).separator()
                    .text(line.funder).separator().text(line.counterpart).separator().separator().separator()
                    .number(period).separator().number(period / 100).separator()
                    .amount(line.amount).separator()
                    .amount(euro ? Math.floorDiv(line.amount * 100 + 571, 1143) : line.amount).separator()
                    .text(euro ? "EUR" : "SEK").separator()
                    .number(number).separator().text(VoucherMaker.TYPES[type]).separator()
                    .text(date).separator()
                    .text(date).character(' ').twoDigits(hour).character(':').twoDigits(minute).character(':')
                    .twoDigits(second).text(".000").separator()
                    .number(i + 1).separator().text(line.text).separator().number(agrtid++).end();
            sums[0] += line.amount;
            if (line.amount > 0) {
                sums[1] += line.amount;
            }
        }
    }
}
