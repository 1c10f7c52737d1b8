package se.uniplan.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times and audit values as Swedish users read them, in Swedish time. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDEN);

    /** A word in capitals that may be the code name of a kind or a role, such as DEPARTMENT. */
    private static final Pattern CODE_NAME = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    /** The enums whose code names the audit trail writes, by the prefix of their labels in the bundles. */
    private static final List<String> LABELLED = List.of("OrgUnitKind", "Role", "BodyKind", "PlanState", "RoundStatus", "RoundKind");

    /** Whole kronor the Swedish way: {@code 1 234 567} (a no-break space between groups, so a figure never wraps). */
    public String kr(long amount) {
        return group(amount);
    }

    /** Thousands of kronor, rounded half up, as controllers read reports: {@code 1 235}. */
    public String tkr(long amount) {
        return group(Math.round(amount / 1000.0));
    }

    /** Öre as thousands of kronor, rounded half up: follow-up's figures from the ledger. */
    public String tkrOfOre(long ore) {
        return group(Math.round(ore / 100_000.0));
    }

    /** Öre as kronor with two decimals, the Swedish way: {@code 1 234,56}. */
    public String krOre(long ore) {
        String sign = ore < 0 ? "\u2212" : "";
        long abs = Math.abs(ore);
        return sign + group(abs / 100) + String.format(",%02d", abs % 100);
    }

    /** A variance in per cent with its sign and one decimal, {@code +12,3 %}; a dash without a base. */
    public String percent(java.math.BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        String digits = String.format(SWEDISH, "%.1f", percent.abs());
        return (percent.signum() < 0 ? "\u2212" : percent.signum() > 0 ? "+" : "") + digits + "\u00a0%";
    }

    /** The change from {@code before} to {@code now} in per cent with one decimal, or empty without a base. */
    public String change(long now, Long before) {
        if (before == null || before == 0) {
            return "";
        }
        double percent = (now - before) * 100.0 / Math.abs(before);
        return String.format(SWEDISH, "%+.1f %%", percent);
    }

    public String date(LocalDate day) {
        return day == null ? "–" : day.toString();
    }

    private static String group(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u00a0');
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "\u2212" : "") + out;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /**
     * An audit trail value in the reader's language. The trail keeps what happened in neutral
     * form ({@code DEPARTMENT … ⊂ …}, {@code ECONOMIST @ …}, {@code active}); the page shows the
     * labels the rest of UniPlan uses. Names and codes pass through unchanged.
     */
    public String auditValue(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("active".equals(value) || "inactive".equals(value)) {
            return Messages.text("status." + value);
        }
        Matcher m = CODE_NAME.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(label(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String label(String codeName) {
        return LABELLED.stream().map(prefix -> Messages.find(prefix + "." + codeName))
                .flatMap(java.util.Optional::stream).findFirst().orElse(codeName);
    }
}
