package se.uniplan.plugin.ubw.bench;

import java.util.List;
import java.util.SplittableRandom;
import se.uniplan.plugin.ubw.bench.University.Department;
import se.uniplan.plugin.ubw.bench.University.Project;

/**
 * Makes the lines of one voucher of a given type, as a Swedish university's ledger has them:
 * payroll (LR), supplier invoices (AP), customer invoices and grants (AR), journal entries for
 * appropriations and depreciation (GL), and internal invoicing of overheads and IT (IF). All
 * but the last line are the business lines; the last one balances them, so every voucher sums
 * to exactly zero öre. The lines are reused objects: the generator writes them before the next call.
 */
final class VoucherMaker {

    static final String[] TYPES = {"GL", "IF", "AP", "AR", "LR"};
    static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december"};

    private static final String[][] SUPPLIERS = {
        {"Akademiska Hus", "5011", "EXT-S"}, {"Vasakronan", "5011", "EXT-E"}, {"SJ", "5510", "EXT-S"},
        {"Scandic Hotels", "5510", "EXT-E"}, {"Resebyrån Nordväst", "5510", "EXT-E"}, {"Åhléns", "5710", "EXT-E"},
        {"Lyreco", "5710", "EXT-E"}, {"Labbutrustning Göteborg", "5710", "EXT-E"}, {"Dustin", "5810", "EXT-E"},
        {"Atea", "5810", "EXT-E"}, {"Telia", "5810", "EXT-E"}, {"Utvärderingsbyrån Öst", "5610", "EXT-E"},
        {"Statens servicecenter", "5610", "EXT-S"}, {"Kompetensutveckling Väst", "4510", "EXT-E"}};

    /** One ledger line; mutable and reused. */
    static final class Line {
        String account;
        String costCentre = "";
        String project = "";
        String activityType = "";
        String funder = "";
        String counterpart = "";
        long amount;
        String text;
    }

    final Line[] lines = new Line[12];
    private final University university;
    private final String[] salaryTexts = new String[12];
    private final String[] grantTexts = new String[12];

    VoucherMaker(University university) {
        this.university = university;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new Line();
        }
        for (int m = 0; m < 12; m++) {
            salaryTexts[m] = "Lön " + MONTHS[m];
            grantTexts[m] = "Anslag " + MONTHS[m];
        }
    }

    /** Fills {@code lines[0, n)} with a balanced voucher of {@code type} in month {@code month} (1–12). */
    void make(String type, int n, int month, SplittableRandom random) {
        switch (type) {
            case "LR" -> payroll(n, month, random);
            case "AP" -> supplierInvoice(n, month, random);
            case "AR" -> customerInvoice(n, random);
            case "IF" -> internalInvoice(n, month, random);
            default -> journal(n, month, random);
        }
    }

    private void payroll(int n, int month, SplittableRandom random) {
        Department department = pick(university.departments, random);
        String text = salaryTexts[month - 1];
        long total = 0;
        for (int i = 0; i < n - 1; i++) {
            Project project = pick(department.projects(), random);
            int kind = i % 3;
            String account = kind == 0 ? (department.support() ? "4012" : "4011") : kind == 1 ? "4012" : "4110";
            long amount = switch (kind) {
                case 0 -> kronor(random, 38_000, 70_000);
                case 1 -> kronor(random, 30_000, 55_000);
                default -> ore(random, 15_000, 35_000);
            };
            total += set(lines[i], account, project, "", amount, text);
        }
        balance(n, University.BANK, null, "", -total, text);
    }

    private void supplierInvoice(int n, int month, SplittableRandom random) {
        String[] supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)];
        boolean credit = random.nextInt(40) == 0;
        String text = supplier[1].equals("5011") ? "Hyra kvartal " + ((month - 1) / 3 + 1) + " " + supplier[0]
                : (credit ? "Kreditfaktura " : "Leverantörsfaktura ") + supplier[0];
        Department department = pick(university.departments, random);
        long total = 0;
        for (int i = 0; i < n - 1; i++) {
            long amount = switch (supplier[1]) {
                case "5011" -> kronor(random, 50_000, 900_000);
                case "5510" -> ore(random, 800, 40_000);
                case "5610" -> kronor(random, 10_000, 300_000);
                case "5810" -> ore(random, 1_000, 150_000);
                case "4510" -> ore(random, 2_000, 60_000);
                default -> ore(random, 150, 25_000);
            };
            total += set(lines[i], supplier[1], pick(department.projects(), random), supplier[2],
                    credit ? -amount : amount, text);
        }
        balance(n, University.SUPPLIER_DEBT, null, supplier[2], -total, text);
    }

    private void customerInvoice(int n, SplittableRandom random) {
        Department department = pick(university.teaching, random);
        Project project = pick(department.projects(), random);
        String account;
        String text;
        String counterpart;
        switch (project.funder()) {
            case "VR" -> { account = "3510"; text = "Bidrag Vetenskapsrådet"; counterpart = "EXT-S"; }
            case "FORMAS" -> { account = "3510"; text = "Bidrag Formas"; counterpart = "EXT-S"; }
            case "VINNOVA" -> { account = "3510"; text = "Bidrag Vinnova"; counterpart = "EXT-S"; }
            case "EU" -> { account = "3520"; text = "Bidrag EU Horisont Europa"; counterpart = "EXT-E"; }
            default -> {
                boolean education = project.activityType().startsWith("1");
                account = education ? "3110" : random.nextBoolean() ? "3120" : "3530";
                text = education ? "Kundfaktura uppdragsutbildning" : "Kundfaktura uppdragsforskning";
                counterpart = random.nextBoolean() ? "EXT-S" : "EXT-E";
            }
        }
        long total = 0;
        for (int i = 0; i < n - 1; i++) {
            total += set(lines[i], account, project, counterpart, -ore(random, 20_000, 800_000), text);
        }
        balance(n, University.BANK, null, counterpart, -total, text);
    }

    private void internalInvoice(int n, int month, SplittableRandom random) {
        boolean it = random.nextBoolean();
        String account = it ? "5810" : "7511";
        String text = (it ? "Internfakturering IT-tjänster " : "Internfakturering OH ") + MONTHS[month - 1];
        long total = 0;
        for (int i = 0; i < n - 1; i++) {
            Department department = pick(university.teaching, random);
            total += set(lines[i], account, pick(department.projects(), random), "INT",
                    ore(random, 5_000, it ? 80_000 : 400_000), text);
        }
        Department provider = university.department(it ? "UF-IT" : "UF-EKO");
        balance(n, account, pick(provider.projects(), random), "INT", -total, text);
    }

    private void journal(int n, int month, SplittableRandom random) {
        int kind = random.nextInt(10);
        String account = switch (kind) {
            case 0, 1, 2 -> "3011";
            case 3, 4, 5 -> "3012";
            case 6, 7, 8 -> "6311";
            default -> random.nextBoolean() ? "3810" : "6011";
        };
        String text = switch (account) {
            case "3011" -> grantTexts[month - 1] + " utbildning";
            case "3012" -> grantTexts[month - 1] + " forskning";
            case "6311" -> "Avskrivningar inventarier " + MONTHS[month - 1];
            case "3810" -> "Ränteintäkter " + MONTHS[month - 1];
            default -> "Räntekostnader och bankavgifter";
        };
        long total = 0;
        for (int i = 0; i < n - 1; i++) {
            Department department = pick(account.startsWith("30") ? university.teaching : university.departments, random);
            long amount = switch (account) {
                case "3011", "3012" -> -kronor(random, 200_000, 5_000_000);
                case "6311" -> ore(random, 2_000, 80_000);
                case "3810" -> -ore(random, 100, 20_000);
                default -> ore(random, 100, 5_000);
            };
            total += set(lines[i], account, pick(department.projects(), random), account.startsWith("30") ? "EXT-S" : "",
                    amount, text);
        }
        balance(n, University.BANK, null, "", -total, text);
    }

    private long set(Line line, String account, Project project, String counterpart, long amount, String text) {
        line.account = account;
        line.costCentre = project == null ? "" : project.department().code();
        line.project = project == null ? "" : project.code();
        line.activityType = project == null ? "" : project.activityType();
        line.funder = project == null ? "" : project.funder();
        line.counterpart = counterpart;
        line.amount = amount;
        line.text = text;
        return amount;
    }

    private void balance(int n, String account, Project project, String counterpart, long amount, String text) {
        set(lines[n - 1], account, project, counterpart, amount, text);
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** Whole kronor between the bounds, in öre. */
    private static long kronor(SplittableRandom random, long from, long to) {
        return random.nextLong(from, to + 1) * 100;
    }

    /** Kronor and öre between the bounds, in öre. */
    private static long ore(SplittableRandom random, long from, long to) {
        return random.nextLong(from * 100, to * 100 + 1);
    }
}
