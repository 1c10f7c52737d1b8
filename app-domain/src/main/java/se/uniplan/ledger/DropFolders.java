package se.uniplan.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import se.uniplan.access.CurrentActor;
import se.uniplan.access.SystemRole;
import se.uniplan.integration.PluginRegistry;

/**
 * The plugins' drop folders, where source systems leave their exports. A run loads every file
 * in name order, then moves it to {@code loaded/} or {@code refused/} beside it, so a file is
 * never read twice by accident and IT can see at a glance what was not taken.
 *
 * <p>Configuration per plugin: {@code uniplan.plugin.<id>.drop-folder} (no default: a plugin
 * without one has no nightly run). Files in the folder add to the ledger (the nightly delta);
 * files in its {@code replace/} subfolder replace the periods they cover (a corrected file).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DropFolders {

    private static final Logger LOG = Logger.getLogger(DropFolders.class.getName());

    @Inject
    private PluginRegistry registry;

    @Inject
    private LedgerLoadService loads;

    @Inject
    private CurrentActor currentActor;

    /** The nightly run: the system loads what waits, in IT's authority, with nobody logged in. */
    public List<LedgerLoad> loadAllAsSystem() {
        currentActor.authenticated(CurrentActor.SYSTEM, EnumSet.of(SystemRole.INTEGRATION_ADMINISTRATOR));
        return loadAll();
    }

    /** Loads what waits in every enabled ledger plugin's drop folder now ("run now" on the loads page). */
    public List<LedgerLoad> loadAll() {
        currentActor.get().require(se.uniplan.access.Action.ADMINISTER_INTEGRATIONS);
        List<LedgerLoad> done = new ArrayList<>();
        for (String source : registry.ledgerSources()) {
            Optional<Path> folder = registry.setting(source, "drop-folder").map(Paths::get);
            if (folder.isEmpty()) {
                continue;
            }
            done.addAll(load(source, folder.get().resolve("replace"), LoadMode.REPLACE));
            done.addAll(load(source, folder.get(), LoadMode.ADD));
        }
        return done;
    }

    private List<LedgerLoad> load(String source, Path folder, LoadMode mode) {
        List<LedgerLoad> done = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return done;
        }
        List<Path> waiting;
        try (Stream<Path> files = Files.list(folder)) {
            waiting = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : waiting) {
            LedgerLoad load = loads.loadNow(source, file, mode, LoadOrigin.NIGHTLY, currentActor.username());
            LOG.info(() -> "Nightly ledger run: " + file + " " + load.getStatus() + ", " + load.getRowsLoaded() + " rows");
            move(file, load.getStatus() == LoadStatus.LOADED ? "loaded" : "refused");
            done.add(load);
        }
        return done;
    }

    private static void move(Path file, String to) {
        try {
            Path target = Files.createDirectories(file.getParent().resolve(to)).resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
