package se.uniplan.web.plans;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;
import se.uniplan.access.Action;
import se.uniplan.plan.Plan;
import se.uniplan.plan.PlanService;
import se.uniplan.plan.workbook.PlanWorkbook;
import se.uniplan.plan.workbook.UploadError;
import se.uniplan.plan.workbook.UploadPreview;
import se.uniplan.shared.BusinessException;
import se.uniplan.shared.ConcurrentEditException;
import se.uniplan.web.Messages;
import se.uniplan.web.ViewParams;

/**
 * plans/upload.xhtml?id=…: download the plan as xlsx, upload a changed copy, see what it
 * changes (or every error), then save it or cancel. The preview is held in the view; saving sends
 * its old amounts as expected values, so a figure changed meanwhile saves nothing.
 */
@Named
@ViewScoped
public class UploadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService plans;

    @Inject
    private transient PlanWorkbook workbooks;

    private String id;
    private long planId;
    private Plan plan;
    private Set<Action> authorities;
    private transient Part file;
    private UploadPreview preview;

    /** The view action: loads the plan named by the {@code id} parameter (403/404 through the error path). */
    public void load() {
        planId = ViewParams.id(id, "Plan");
        plan = plans.view(planId);
        authorities = plans.authorities(planId);
    }

    /** Reads the chosen file and shows what it would change; saves nothing. */
    public void preview() {
        preview = null;
        if (file == null) {
            return; // the page requires a file
        }
        try {
            preview = workbooks.preview(planId, file.getSubmittedFileName(), content(file));
            if (preview.isValid() && preview.changes().isEmpty()) {
                Messages.info("xlsx.noChanges", preview.fileName());
                preview = null;
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Saves the preview's changes, all or nothing. */
    public void save() {
        try {
            int saved = workbooks.apply(planId, preview.cellChanges());
            preview = null;
            Messages.info("xlsx.saved", saved);
        } catch (ConcurrentEditException e) {
            preview = null;
            Messages.error(e);
            Messages.info("xlsx.staleRetry");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void cancel() {
        preview = null;
        Messages.info("xlsx.cancelled");
    }

    /** An error's reason in the reader's language. */
    public String reason(UploadError error) {
        return Messages.text(error.messageKey(), error.arguments().toArray());
    }

    private static byte[] content(Part part) {
        PlanWorkbook.requireSize(part.getSubmittedFileName(), part.getSize());
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if the current user may upload now: a draft in an open round and the authority to edit. */
    public boolean isEditable() {
        return plan.readOnlyReason(authorities) == null;
    }

    public boolean isEditor() {
        return authorities.contains(Action.EDIT_PLAN);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getPlanId() {
        return planId;
    }

    public Plan getPlan() {
        return plan;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public UploadPreview getPreview() {
        return preview;
    }
}
