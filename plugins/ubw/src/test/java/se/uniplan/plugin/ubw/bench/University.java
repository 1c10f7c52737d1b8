package se.uniplan.plugin.ubw.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo university scaled up to a large one: the demo's three organisational groups and ten
 * departments, plus seven generated faculties and generated departments ("F4-D17") up to 200
 * departments under 10 faculties, each with its projects. The structure is the same for every
 * seed, so master data written for one run matches the lines of any other.
 */
final class University {

    static final String CLIENT = "NS";
    static final String BANK = "1930";
    static final String SUPPLIER_DEBT = "2440";
    static final String[] FUNDERS = {"VR", "EU", "FORMAS", "VINNOVA", "STAT"};
    static final String[] COUNTERPARTS = {"INT", "EXT-S", "EXT-E"};
    static final int DEPARTMENTS = 200;
    static final int PROJECTS_PER_DEPARTMENT = 12;

    /** The demo's chart: number, name, and whether it is a result account (R) or a balance account (B). */
    static final String[][] ACCOUNTS = {
        {"1930", "Bank", "B"}, {"2440", "Leverantörsskulder", "B"},
        {"3011", "Anslag för utbildning på grundnivå och avancerad nivå", "R"},
        {"3012", "Anslag för forskning och utbildning på forskarnivå", "R"},
        {"3110", "Intäkter av uppdragsutbildning", "R"}, {"3120", "Intäkter av uppdragsforskning", "R"},
        {"3510", "Bidrag från statliga myndigheter", "R"}, {"3520", "Bidrag från EU", "R"},
        {"3530", "Bidrag från privata finansiärer", "R"}, {"3810", "Finansiella intäkter", "R"},
        {"4011", "Löner lärare och forskare", "R"}, {"4012", "Löner teknisk och administrativ personal", "R"},
        {"4110", "Lönekostnadspålägg", "R"}, {"4510", "Övriga personalkostnader", "R"},
        {"5011", "Lokalhyror", "R"}, {"5510", "Resor och konferenser", "R"}, {"5610", "Konsulttjänster", "R"},
        {"5710", "Förbrukningsmaterial", "R"}, {"5810", "IT-tjänster och licenser", "R"},
        {"6011", "Finansiella kostnader", "R"}, {"6311", "Avskrivningar inventarier", "R"},
        {"7511", "Indirekta kostnader (OH)", "R"}};

    private static final String[][] FACULTIES = {
        {"NT", "Fakulteten för naturvetenskap och teknik"}, {"HS", "Fakulteten för humaniora och samhällsvetenskap"},
        {"UF", "Universitetsförvaltningen"}, {"F4", "Fakulteten för medicin och hälsa"},
        {"F5", "Fakulteten för teknik och miljö"}, {"F6", "Fakulteten för lärande och samhälle"},
        {"F7", "Juridiska fakulteten"}, {"F8", "Konstnärliga fakulteten"}, {"F9", "Fakulteten för vårdvetenskap"},
        {"F10", "Fakulteten för ekonomi och företagande"}};

    private static final String[][] DEMO_DEPARTMENTS = {
        {"NT-FYS", "NT", "Avdelningen för fysik", "10 11 30 31"}, {"NT-KEM", "NT", "Avdelningen för kemi", "10 30 31"},
        {"NT-DAT", "NT", "Avdelningen för datavetenskap", "10 12 30 90"},
        {"NT-MAT", "NT", "Avdelningen för matematik", "10 30 90"},
        {"HS-HIS", "HS", "Avdelningen för historia", "10 30 90"}, {"HS-PSY", "HS", "Avdelningen för psykologi", "10 11 30"},
        {"HS-FEK", "HS", "Avdelningen för företagsekonomi", "10 11 30"},
        {"UF-EKO", "UF", "Ekonomiavdelningen", "90 91 92"}, {"UF-IT", "UF", "IT-avdelningen", "90 91 92"},
        {"UF-HR", "UF", "HR-avdelningen", "90 91 92"}};

    static final String[][] ACTIVITY_TYPES = {
        {"10", "Utbildning på grundnivå och avancerad nivå"}, {"11", "Uppdragsutbildning"},
        {"12", "Utbildning på forskarnivå"}, {"30", "Forskning"}, {"31", "Forskning med externa bidrag"},
        {"90", "Gemensamt"}, {"91", "Ledning och administration"}, {"92", "Stödverksamhet"}};

    /** A project: its code, department, activity type and funder ("" if none). */
    record Project(String code, Department department, String activityType, String funder) {
        boolean research() {
            return activityType.startsWith("3");
        }
    }

    /** A department (cost centre) and its projects. */
    record Department(String code, String faculty, String name, boolean support, List<Project> projects) {
    }

    final List<Department> departments = new ArrayList<>();
    final List<Department> teaching = new ArrayList<>();
    final List<Department> support = new ArrayList<>();

    University() {
        SplittableRandom structure = new SplittableRandom(2026);
        for (String[] demo : DEMO_DEPARTMENTS) {
            add(demo[0], demo[1], demo[2], demo[3].split(" "), structure);
        }
        int[] perFaculty = new int[FACULTIES.length];
        for (String[] demo : DEMO_DEPARTMENTS) {
            perFaculty[faculty(demo[1])]++;
        }
        for (int f = 0; departments.size() < DEPARTMENTS; f = (f + 1) % FACULTIES.length) {
            int number = ++perFaculty[f];
            String code = "F" + (f + 1) + "-D" + (number < 10 ? "0" : "") + number;
            boolean administration = FACULTIES[f][0].equals("UF");
            String[] types = administration ? new String[] {"90", "91", "92"} : teachingTypes(structure);
            add(code, FACULTIES[f][0], (administration ? "Enhet " : "Institution ") + number + " " + FACULTIES[f][0],
                    types, structure);
        }
    }

    private static String[] teachingTypes(SplittableRandom structure) {
        List<String> types = new ArrayList<>(List.of("10", "30"));
        for (String optional : new String[] {"11", "12", "31", "90"}) {
            if (structure.nextInt(3) > 0) {
                types.add(optional);
            }
        }
        return types.toArray(String[]::new);
    }

    private void add(String code, String faculty, String name, String[] types, SplittableRandom structure) {
        List<Project> projects = new ArrayList<>();
        boolean isSupport = types[0].startsWith("9");
        Department department = new Department(code, faculty, name, isSupport, projects);
        for (int p = 0; p < PROJECTS_PER_DEPARTMENT; p++) {
            String type = types[p % types.length];
            String funder = switch (type) {
                case "31" -> FUNDERS[structure.nextInt(4)];
                case "11" -> "";
                case "30", "10", "12" -> "STAT";
                default -> structure.nextBoolean() ? "STAT" : "";
            };
            int number = 10_000 + departments.size() * 100 + p;
            projects.add(new Project("P" + number, department, type, funder));
        }
        departments.add(department);
        (isSupport ? support : teaching).add(department);
    }

    private static int faculty(String code) {
        for (int f = 0; f < FACULTIES.length; f++) {
            if (FACULTIES[f][0].equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException(code);
    }

    Department department(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    /** Writes aglaccounts.csv and agldimvalue.csv into {@code folder}, in UBW's column names. */
    void writeMasterData(Path folder) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve("aglaccounts.csv"), StandardCharsets.UTF_8)) {
            out.write("account;description;account_grp;status;res_bal;period_from;period_to\n");
            for (String[] account : ACCOUNTS) {
                out.write(account[0] + ";" + account[1] + ";" + account[0].charAt(0) + "0;N;" + account[2] + ";202601;209912\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("agldimvalue.csv"), StandardCharsets.UTF_8)) {
            out.write("attribute_id;dim_value;description;rel_value;status;period_from;period_to\n");
            for (String[] faculty : FACULTIES) {
                out.write("C1;" + faculty[0] + ";" + faculty[1] + ";;N;202601;209912\n");
            }
            for (Department department : departments) {
                out.write("C1;" + department.code() + ";" + department.name() + ";" + department.faculty() + ";N;202601;209912\n");
            }
            for (Department department : departments) {
                for (Project project : department.projects()) {
                    out.write("C2;" + project.code() + ";Projekt " + project.code() + " " + department.code() + ";"
                            + department.code() + ";N;202601;209912\n");
                }
            }
            for (String[] type : ACTIVITY_TYPES) {
                out.write("C3;" + type[0] + ";" + type[1] + ";;N;202601;209912\n");
            }
            String[] funderNames = {"Vetenskapsrådet", "Europeiska unionen", "Formas", "Vinnova", "Statsanslag"};
            for (int i = 0; i < FUNDERS.length; i++) {
                out.write("C4;" + FUNDERS[i] + ";" + funderNames[i] + ";;N;202601;209912\n");
            }
            String[] counterpartNames = {"Intern", "Extern statlig", "Extern ej statlig"};
            for (int i = 0; i < COUNTERPARTS.length; i++) {
                out.write("C5;" + COUNTERPARTS[i] + ";" + counterpartNames[i] + ";;N;202601;209912\n");
            }
        }
    }
}
