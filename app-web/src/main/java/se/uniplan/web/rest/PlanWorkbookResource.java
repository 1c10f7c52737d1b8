package se.uniplan.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uniplan.plan.workbook.PlanWorkbook;
import se.uniplan.plan.workbook.UploadPreview;
import se.uniplan.plan.workbook.WorkbookFile;
import se.uniplan.web.Messages;
import se.uniplan.web.rest.WorkbookDtos.AppliedDto;
import se.uniplan.web.rest.WorkbookDtos.ApplyRequest;
import se.uniplan.web.rest.WorkbookDtos.PreviewDto;
import se.uniplan.web.rest.WorkbookDtos.SaveChange;

/**
 * A plan as an xlsx file: download it, upload a changed copy for a preview, save the preview.
 * The preview answers with the changes and their old amounts; saving sends them back with the
 * old amounts as {@code expected}, so a figure changed in between gives 409 and nothing is saved.
 * The server keeps no state between the two calls.
 */
@Path("plans/{id}/xlsx")
@Tag(name = "Plan i Excel", description = "Download a plan as xlsx, upload a changed copy, preview and save it")
public class PlanWorkbookResource {

    /** The request header with the uploaded file's name, percent-encoded (UTF-8). */
    public static final String FILE_NAME_HEADER = "X-File-Name";

    @Inject
    private PlanWorkbook workbooks;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(WorkbookFile.MEDIA_TYPE)
    @Operation(summary = "The plan as an xlsx workbook",
            description = "Header block (round, department, state, downloaded at, plan version), one row per activity and"
                    + " account with the twelve months and a year total. Labels in the language of `lang` or Accept-Language.")
    @APIResponse(responseCode = "200", description = "the workbook, as an attachment named after round and department")
    @APIResponse(responseCode = "403", description = "the caller may not see the plan's figures")
    @APIResponse(responseCode = "404", description = "no such plan")
    public Response download(@PathParam("id") long id,
                             @Parameter(description = "sv or en; default Accept-Language") @QueryParam("lang") String lang) {
        Locale locale = lang == null ? BusinessExceptionMapper.locale(headers) : Locale.forLanguageTag("en".equals(lang) ? "en" : "sv-SE");
        WorkbookFile file = workbooks.export(id, key -> Messages.text(locale, key));
        return Response.ok(file.content(), WorkbookFile.MEDIA_TYPE)
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("preview")
    @Consumes({WorkbookFile.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What an uploaded workbook would change; nothing is saved",
            description = "The body is the xlsx file; its name goes in the header X-File-Name, percent-encoded.")
    @APIResponse(responseCode = "200", description = "the file is valid: the changed figures, old and new")
    @APIResponse(responseCode = "422", description = "the file is refused (every error with file, sheet, row, column and"
            + " reason), or the plan is locked")
    @APIResponse(responseCode = "403", description = "the caller may not edit the plan")
    public Response preview(@PathParam("id") long id,
                            @Parameter(description = "the file's name, percent-encoded") @HeaderParam(FILE_NAME_HEADER) String fileName,
                            @HeaderParam("Content-Length") Long length, byte[] body) {
        PlanWorkbook.requireSize(decode(fileName), length == null ? 0 : length);
        UploadPreview preview = workbooks.preview(id, decode(fileName), body);
        return Response.status(preview.isValid() ? 200 : 422).type(MediaType.APPLICATION_JSON)
                .entity(PreviewDto.of(preview, BusinessExceptionMapper.locale(headers))).build();
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves a preview's changes, all or nothing",
            description = "Send the preview's changes with oldAmount as expected. Written with path UPLOAD and audited.")
    @APIResponse(responseCode = "200", description = "the number of figures saved")
    @APIResponse(responseCode = "409", description = "a figure is no longer what the preview showed; nothing was saved")
    @APIResponse(responseCode = "422", description = "the plan is locked, or a change is invalid; nothing was saved")
    public AppliedDto apply(@PathParam("id") long id, ApplyRequest request) {
        List<SaveChange> changes = request == null || request.changes() == null ? List.of() : request.changes();
        return new AppliedDto(workbooks.apply(id, changes.stream().map(SaveChange::toCellChange).toList()));
    }

    /** {@code attachment} with an ASCII name for old clients and the exact name in UTF-8 (RFC 6266). */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }

    private static String decode(String fileName) {
        if (fileName == null) {
            return null;
        }
        try {
            return URLDecoder.decode(fileName.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fileName;
        }
    }
}
