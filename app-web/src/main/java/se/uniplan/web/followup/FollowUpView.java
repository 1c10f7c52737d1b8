package se.uniplan.web.followup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.uniplan.accounting.FiscalYear;
import se.uniplan.followup.FollowUpReport;
import se.uniplan.followup.FollowUpRow;
import se.uniplan.followup.FollowUpService;
import se.uniplan.followup.Level;
import se.uniplan.followup.PathStep;
import se.uniplan.followup.PeriodView;
import se.uniplan.followup.RowKind;
import se.uniplan.org.OrgUnit;
import se.uniplan.shared.NotFoundException;
import se.uniplan.web.LocaleBean;
import se.uniplan.web.Messages;

/**
 * followup/index.xhtml?year=&unit=&activity=&account=&view=&month=: one level of the follow-up.
 * Everything the page shows is in its address, so a drill-down can be shared as a link; the view
 * action makes one service call, and the choices at the top lead to a new address.
 */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FollowUpService followUp;

    @Inject
    private LocaleBean locale;

    private String year;
    private String unit;
    private String activity;
    private String account;
    private String view;
    private String month;
    private FollowUpReport report;
    private List<FiscalYear> years;
    private List<OrgUnit> units;

    /** The view action: reads the address and asks the service for the level it names. */
    public void load() {
        Long unitId = number(unit, "OrgUnit");
        Long activityId = number(activity, "Activity");
        Integer chosenMonth = month == null || month.isBlank() ? null : number(month, "Month").intValue();
        report = followUp.report(year, unitId, activityId, blankToNull(account), periodView(), chosenMonth);
        years = followUp.fiscalYears();
        units = followUp.units();
        year = report.fiscalYear();
        unit = String.valueOf(report.current().unitId());
        view = report.view().name();
        month = String.valueOf(report.month());
    }

    /** The choices at the top: a new address with the chosen year, unit and period (a new unit starts at its top). */
    public String show() {
        PathStep current = report.current();
        if (!String.valueOf(current.unitId()).equals(unit)) {
            activity = null;
            account = null;
        }
        return "/followup/index?faces-redirect=true&includeViewParams=true";
    }

    /** The address parameters of the level a row drills to: unit, activity and account. */
    public String drillUnit(FollowUpRow row) {
        return row.kind() == RowKind.UNIT ? String.valueOf(row.id()) : unit;
    }

    public String drillActivity(FollowUpRow row) {
        return switch (row.kind()) {
            case ACTIVITY, UNASSIGNED -> String.valueOf(row.id());
            case ACCOUNT -> activity;
            default -> null;
        };
    }

    public String drillAccount(FollowUpRow row) {
        return row.kind() == RowKind.ACCOUNT ? row.code() : null;
    }

    /** A row links further down unless it is what a unit above department level holds itself. */
    public boolean drillable(FollowUpRow row) {
        return row.kind() != RowKind.TOTAL && !(row.kind() == RowKind.UNASSIGNED && report.childKind() == RowKind.UNIT);
    }

    /** A row's name; unassigned rows are named by the level they sit on. */
    public String name(FollowUpRow row) {
        return row.kind() == RowKind.UNASSIGNED ? Messages.text("followup.unassigned." + report.childKind().name()) : row.name();
    }

    /** The icon beside a variance, so that its level is not told by colour alone. */
    public String icon(Level level) {
        return switch (level) {
            case OK -> "pi-check";
            case WARN -> "pi-exclamation-circle";
            case ALERT -> "pi-exclamation-triangle";
        };
    }

    /** A path step's label; what no activity holds is named as such. */
    public String label(PathStep step) {
        return step.label() != null ? step.label() : Messages.text("followup.unassigned.ACTIVITY");
    }

    /** The chosen month as its name and year, e.g. "okt 2026". */
    public String monthLabel(int m) {
        return report.months().get(m - 1).calendarMonth().getYear() + " " + Messages.text("plan.js.month."
                + report.months().get(m - 1).calendarMonth().getMonthValue());
    }

    public String getChartJson() {
        return FollowUpChart.json(report, this::monthLabel, key -> Messages.text(key));
    }

    /** Where the xlsx of one of the page's tables comes from: the REST resource, with this page's address. */
    public String exportUrl(String table) {
        StringBuilder url = new StringBuilder("/api/followup/xlsx?table=").append(table)
                .append("&year=").append(year).append("&unit=").append(unit)
                .append("&view=").append(view).append("&month=").append(month)
                .append("&lang=").append(locale.getLanguage());
        if (activity != null && !activity.isBlank()) {
            url.append("&activity=").append(activity);
        }
        if (account != null && !account.isBlank()) {
            url.append("&account=").append(java.net.URLEncoder.encode(account, java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public PeriodView[] getViews() {
        return PeriodView.values();
    }

    public int[] getMonths() {
        return java.util.stream.IntStream.rangeClosed(1, 12).toArray();
    }

    private PeriodView periodView() {
        if (view == null || view.isBlank()) {
            return null;
        }
        try {
            return PeriodView.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("PeriodView", view);
        }
    }

    private static Long number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException(what, text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public FollowUpReport getReport() {
        return report;
    }

    public List<FiscalYear> getYears() {
        return years;
    }

    public List<OrgUnit> getUnits() {
        return units;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
