package se.uniplan.web.it;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import se.uniplan.ledger.DropFolders;
import se.uniplan.ledger.LedgerLoad;
import se.uniplan.ledger.LedgerLoadService;
import se.uniplan.ledger.LoadMode;
import se.uniplan.ledger.LoadOrigin;
import se.uniplan.ledger.LoadStatus;
import se.uniplan.plugin.api.ledger.LedgerProblem;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;

/**
 * it/loads.xhtml: the ledger loads, newest first, with the running ones' progress; send a file,
 * run the drop folders now, stop a load, undo one, and read a load's problems.
 */
@Named
@ViewScoped
public class LoadsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final int PROBLEMS_SHOWN = 200;

    @Inject
    private transient LedgerLoadService loads;

    @Inject
    private transient DropFolders dropFolders;

    private List<String> sources;
    private String source;
    private LoadMode mode = LoadMode.ADD;
    private transient Part file;
    private List<LedgerLoad> recent;
    private Long selectedId;
    private List<LedgerProblem> problems;

    @PostConstruct
    void load() {
        sources = loads.sources();
        source = sources.isEmpty() ? null : sources.get(0);
        refresh();
    }

    /** Reads the list again: the poll's action while a load runs. */
    public void refresh() {
        recent = loads.recent(SHOWN);
    }

    /** Starts loading the chosen file; the list shows its progress. */
    public void upload() {
        if (file == null) {
            return; // the page requires a file
        }
        try (InputStream in = file.getInputStream()) {
            LedgerLoad started = loads.start(source, file.getSubmittedFileName(), in, mode, LoadOrigin.UPLOAD);
            Messages.info("ledger.startedLoad", started.getFileName());
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /** Loads what waits in the drop folders now, as the nightly run would. */
    public void runNow() {
        try {
            List<LedgerLoad> done = dropFolders.loadAll();
            Messages.info(done.isEmpty() ? "ledger.runNothing" : "ledger.runDone", done.size());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void cancel(long id) {
        try {
            loads.cancel(id);
            Messages.info("ledger.cancelAsked");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void undo(long id) {
        try {
            LedgerLoad undone = loads.undo(id);
            Messages.info("ledger.undone", undone.getFileName());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        refresh();
    }

    /** Shows a load's problems below the list. */
    public void showProblems(long id) {
        selectedId = id;
        List<LedgerProblem> all = loads.problems(id);
        problems = all.subList(0, Math.min(PROBLEMS_SHOWN, all.size()));
    }

    public boolean isAnyRunning() {
        return recent.stream().anyMatch(l -> l.getStatus() == LoadStatus.RUNNING);
    }

    public long linesRead(LedgerLoad load) {
        return load.getStatus() == LoadStatus.RUNNING ? Math.max(0, loads.linesRead(load.getId())) : load.getLinesRead();
    }

    public long seconds(LedgerLoad load) {
        return load.duration(Instant.now()).toSeconds();
    }

    public String message(LedgerLoad load) {
        return load.getMessageKey() == null ? "" : Messages.text(load.getMessageKey(),
                load.getMessageValue() == null ? "" : load.getMessageValue());
    }

    public String reason(LedgerProblem problem) {
        return Messages.text("ledger.problem." + problem.kind().name());
    }

    public LedgerLoad getSelected() {
        return selectedId == null ? null : recent.stream().filter(l -> l.getId().equals(selectedId)).findFirst().orElse(null);
    }

    /** The day's delivery first: what IT sends most often. */
    public LoadMode[] getModes() {
        return new LoadMode[] {LoadMode.ADD, LoadMode.REPLACE};
    }

    public List<String> getSources() { return sources; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LoadMode getMode() { return mode; }
    public void setMode(LoadMode mode) { this.mode = mode; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<LedgerLoad> getRecent() { return recent; }
    public List<LedgerProblem> getProblems() { return problems; }
}
