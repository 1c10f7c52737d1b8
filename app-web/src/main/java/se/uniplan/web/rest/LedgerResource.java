package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.ledger.DropFolders;
import se.uniplan.ledger.LedgerLoad;
import se.uniplan.ledger.LedgerLoadService;
import se.uniplan.ledger.LoadMode;
import se.uniplan.ledger.LoadOrigin;
import se.uniplan.ledger.PeriodSum;
import se.uniplan.web.it.LedgerReport;
import se.uniplan.web.rest.LedgerDtos.LoadDto;
import se.uniplan.web.rest.LedgerDtos.ProblemDto;

/**
 * Ledger loads (utfall from UBW and other ledger plugins), for IT: send a file, follow its load,
 * read its report, stop it, undo it, or run the drop folders now as the nightly run would.
 */
@Path("ledger")
@Tag(name = "Inläsningar", description = "Ledger loads: send files, follow runs, reports, undo")
public class LedgerResource {

    @Inject
    private LedgerLoadService loads;

    @Inject
    private DropFolders dropFolders;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("loads")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest loads, newest first")
    @APIResponse(responseCode = "403", description = "the caller is not IT (uniplan-it)")
    public List<LoadDto> recent(@QueryParam("max") @DefaultValue("50") int max) {
        Locale locale = locale();
        return loads.recent(Math.max(1, Math.min(max, 500))).stream().map(l -> dto(l, locale)).toList();
    }

    @GET
    @Path("loads/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One load: its status, counts, reconciliation and, while running, lines read so far")
    @APIResponse(responseCode = "404", description = "no such load")
    public LoadDto get(@PathParam("id") long id) {
        return dto(loads.get(id), locale());
    }

    @POST
    @Path("loads")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "text/plain"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Loads a file",
            description = "The body is the file (SIE or a UBW CSV export); its name goes in X-File-Name, percent-encoded."
                    + " mode=ADD (default) adds new lines, skipping keys already loaded; mode=REPLACE takes over the"
                    + " periods the file covers. Without wait the load runs in the background: 202 with Location.")
    @APIResponse(responseCode = "202", description = "the load has started; follow it at Location")
    @APIResponse(responseCode = "200", description = "wait=true: the load has ended; see status (LOADED, REFUSED …)")
    @APIResponse(responseCode = "422", description = "the source is not an enabled ledger plugin, or the file is empty")
    public Response load(@Parameter(description = "the plugin id, e.g. ubw") @QueryParam("source") @DefaultValue("ubw") String source,
                         @QueryParam("mode") @DefaultValue("ADD") LoadMode mode,
                         @Parameter(description = "true: answer when the load has ended") @QueryParam("wait") boolean wait,
                         @HeaderParam(PlanWorkbookResource.FILE_NAME_HEADER) String fileName, InputStream body) {
        String name = fileName == null ? null : URLDecoder.decode(fileName.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (wait) {
            LedgerLoad done = loads.loadNow(source, name, body, mode, LoadOrigin.API, null);
            return Response.ok(dto(done, locale())).build();
        }
        LedgerLoad started = loads.start(source, name, body, mode, LoadOrigin.API);
        return Response.accepted(dto(started, locale()))
                .location(uri.getBaseUriBuilder().path("ledger/loads/{id}").build(started.getId())).build();
    }

    @GET
    @Path("loads/{id}/problems")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The problems of a load's report, in file order, with the reason in the caller's language")
    public List<ProblemDto> problems(@PathParam("id") long id) {
        Locale locale = locale();
        return loads.problems(id).stream().map(p -> ProblemDto.of(p, locale)).toList();
    }

    @GET
    @Path("loads/{id}/report")
    @Produces("text/csv")
    @Operation(summary = "The load's error report as CSV (UTF-8, semicolons): file, line, reason, value")
    public Response report(@PathParam("id") long id) {
        LedgerLoad load = loads.get(id);
        byte[] csv = LedgerReport.csv(load, loads.problems(id), locale());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", PlanWorkbookResource.contentDisposition(LedgerReport.fileName(load))).build();
    }

    @GET
    @Path("loads/{id}/sums")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What one load holds, per period and account: amount in öre and number of lines")
    public List<PeriodSum> sums(@PathParam("id") long id) {
        return loads.sums(id);
    }

    @GET
    @Path("sums")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What counts now, per period and account, from the loads that hold each period")
    public List<PeriodSum> activeSums(@QueryParam("source") @DefaultValue("ubw") String source,
                                      @Parameter(description = "yyyyMM") @QueryParam("from") @DefaultValue("0") int from,
                                      @Parameter(description = "yyyyMM") @QueryParam("to") @DefaultValue("999999") int to) {
        return loads.activeSums(source, from, to);
    }

    @POST
    @Path("loads/{id}/cancel")
    @Operation(summary = "Stops a running load; nothing of it is kept")
    @APIResponse(responseCode = "204", description = "the load will stop at its next check")
    @APIResponse(responseCode = "422", description = "the load is not running")
    public Response cancel(@PathParam("id") long id) {
        loads.cancel(id);
        return Response.noContent().build();
    }

    @POST
    @Path("loads/{id}/undo")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undoes a load: its periods go back to the loads that held them before")
    @APIResponse(responseCode = "422", description = "the load is not loaded, or a later load has replaced some of its periods")
    public LoadDto undo(@PathParam("id") long id) {
        return dto(loads.undo(id), locale());
    }

    @POST
    @Path("run")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Loads what waits in the drop folders now, as the nightly run does")
    public List<LoadDto> runNow() {
        Locale locale = locale();
        return dropFolders.loadAll().stream().map(l -> dto(l, locale)).toList();
    }

    private LoadDto dto(LedgerLoad load, Locale locale) {
        return LoadDto.of(load, loads.linesRead(load.getId()), locale);
    }

    private Locale locale() {
        return BusinessExceptionMapper.locale(headers);
    }
}
