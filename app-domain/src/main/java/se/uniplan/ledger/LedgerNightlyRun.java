package se.uniplan.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly ledger run, on Jakarta Concurrency's managed scheduler with a cron trigger: at the
 * configured time it loads whatever is new in every enabled ledger plugin's drop folder, with no
 * person at the keyboard. At start-up it first marks loads the server was killed in the middle of.
 *
 * <p>Configuration:
 * <ul>
 *   <li>{@code uniplan.ledger.nightly.cron} ({@code 0 2 * * *}): when, as a cron expression of five
 *       or six fields (seconds optional) in the server's time zone; {@code off} turns the run off.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class LedgerNightlyRun {

    private static final Logger LOG = Logger.getLogger(LedgerNightlyRun.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private LedgerLoadTransaction transaction;

    @Inject
    private DropFolders dropFolders;

    @Inject
    private LedgerIndexing indexing;

    @Inject
    @ConfigProperty(name = "uniplan.ledger.nightly.cron", defaultValue = "0 2 * * *")
    private String cron;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        int aborted = transaction.abortRunning();
        if (aborted > 0) {
            LOG.warning(() -> aborted + " ledger load(s) were running when the server stopped; marked aborted, nothing of them was loaded");
        }
        indexing.indexMissingAsync();
        if ("off".equalsIgnoreCase(cron.trim())) {
            LOG.info("Nightly ledger run is off (uniplan.ledger.nightly.cron=off)");
            return;
        }
        try {
            schedule = scheduler.schedule(this::runScheduled, new CronTrigger(cron.trim(), ZoneId.systemDefault()));
            LOG.info(() -> "Nightly ledger run scheduled: " + cron);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly ledger run NOT scheduled: uniplan.ledger.nightly.cron=" + cron + " is not a cron expression", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void runScheduled() {
        try {
            dropFolders.loadAllAsSystem();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly ledger run failed", e);
        }
    }
}
