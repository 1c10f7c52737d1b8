package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.followup.FollowUpReport;
import se.uniplan.followup.FollowUpService;
import se.uniplan.followup.FollowUpWorkbook;
import se.uniplan.followup.PeriodView;
import se.uniplan.plan.workbook.WorkbookFile;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.web.Messages;
import se.uniplan.web.rest.FollowUpDtos.FollowUpDto;
import se.uniplan.web.rest.FollowUpDtos.TransactionsDto;

/**
 * Follow-up over JSON: the same levels as followup/index.xhtml, with the same authority check
 * (403 for a unit out of the caller's reach), and each table as xlsx.
 */
@Path("followup")
@Tag(name = "Follow-up", description = "Actuals against budget and forecast, from the university to the transaction")
public class FollowUpResource {

    @Inject
    private FollowUpService followUp;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One level of the follow-up: the rows below the unit (or activity), totals and the monthly series",
            description = "Amounts in öre, revenue and cost positive, result = revenue − cost. Without `unit` the highest unit"
                    + " the caller may see; with `activity` (0: booked on no activity) the department's accounts; with"
                    + " `account` also its transactions.")
    @APIResponse(responseCode = "200", description = "The level")
    @APIResponse(responseCode = "403", description = "The caller may not see the unit's figures")
    @APIResponse(responseCode = "404", description = "No such fiscal year, unit, activity or account")
    @APIResponse(responseCode = "422", description = "An activity or account asked for above department level, or a bad month or view")
    public FollowUpDto report(@Parameter(description = "fiscal year label, e.g. 2026; default this year") @QueryParam("year") String year,
                              @Parameter(description = "org unit id") @QueryParam("unit") Long unit,
                              @Parameter(description = "activity id of the department; 0 for none") @QueryParam("activity") Long activity,
                              @Parameter(description = "account number") @QueryParam("account") String account,
                              @Parameter(description = "MONTH, YEAR_TO_DATE (default) or FULL_YEAR") @QueryParam("view") String view,
                              @Parameter(description = "fiscal month 1-12; default the last month with actuals") @QueryParam("month") Integer month) {
        return FollowUpDto.of(followUp.report(year, unit, activity, account, view(view), month));
    }

    @GET
    @Path("transactions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The transactions behind an account's figure (at most 500, with the count and sum of all)")
    @APIResponse(responseCode = "200", description = "The transactions, oldest first")
    @APIResponse(responseCode = "403", description = "The caller may not see the unit's figures")
    @APIResponse(responseCode = "422", description = "No account given, or the unit is no department")
    public TransactionsDto transactions(@QueryParam("year") String year, @QueryParam("unit") Long unit,
                                        @QueryParam("activity") Long activity, @QueryParam("account") String account,
                                        @QueryParam("view") String view, @QueryParam("month") Integer month) {
        if (account == null || account.isBlank() || unit == null) {
            throw new RuleViolationException("error.followup.accountRequired");
        }
        return TransactionsDto.of(followUp.report(year, unit, activity, account, view(view), month).transactions());
    }

    @GET
    @Path("xlsx")
    @Produces(WorkbookFile.MEDIA_TYPE)
    @Operation(summary = "One table of a level as an xlsx file: ROWS (with totals), MONTHS or TRANSACTIONS",
            description = "Same parameters as the level; amounts in kronor. Labels in the language of `lang` or Accept-Language.")
    @APIResponse(responseCode = "200", description = "The workbook, as an attachment")
    @APIResponse(responseCode = "403", description = "The caller may not see the unit's figures")
    public Response xlsx(@QueryParam("table") String table, @QueryParam("year") String year, @QueryParam("unit") Long unit,
                         @QueryParam("activity") Long activity, @QueryParam("account") String account,
                         @QueryParam("view") String view, @QueryParam("month") Integer month,
                         @Parameter(description = "sv or en") @QueryParam("lang") String lang) {
        FollowUpWorkbook.Table which = table(table);
        Locale locale = lang == null ? BusinessExceptionMapper.locale(headers) : Locale.forLanguageTag("en".equals(lang) ? "en" : "sv-SE");
        FollowUpReport report = followUp.report(year, unit, activity, account, view(view), month);
        byte[] file = FollowUpWorkbook.write(report, which, key -> Messages.text(locale, key));
        String name = Messages.text(locale, "followup.xlsx.file." + which.name()) + " " + report.path().stream().map(se.uniplan.followup.PathStep::label)
                .filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse("") + " "
                + report.fiscalYear() + ".xlsx";
        return Response.ok(file, WorkbookFile.MEDIA_TYPE)
                .header("Content-Disposition", PlanWorkbookResource.contentDisposition(name))
                .header("Cache-Control", "no-store").build();
    }

    private static PeriodView view(String view) {
        if (view == null || view.isBlank()) {
            return null;
        }
        try {
            return PeriodView.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("error.followup.view", view);
        }
    }

    private static FollowUpWorkbook.Table table(String table) {
        try {
            return FollowUpWorkbook.Table.valueOf(table == null ? "ROWS" : table.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("error.followup.table", table);
        }
    }
}
