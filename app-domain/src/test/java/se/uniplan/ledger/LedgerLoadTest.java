package se.uniplan.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.uniplan.shared.RuleViolationException;

class LedgerLoadTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private static LedgerLoad loaded(String content) {
        LedgerLoad load = new LedgerLoad("ubw", "fil.csv", "ab", 10, LoadMode.REPLACE, LoadOrigin.UPLOAD, "it", 0, NOW);
        load.finish(new LoadOutcome(LoadStatus.LOADED, "UBW agltransact CSV", content, "UTF-8", 3, 2, 0, 0, 0, 202603, 202603,
                Reconciliation.AGREES, "", null, null), NOW);
        return load;
    }

    @Test
    void aLoadOfFiguresThatStillHoldsItsPeriodsIsUndone() {
        LedgerLoad load = loaded("TRANSACTIONS");
        load.undo("it", NOW, true);
        assertEquals(LoadStatus.UNDONE, load.getStatus());
        assertEquals("it", load.getUndoneBy());
    }

    @Test
    void aLoadALaterOneReplacedMustWaitAndMasterDataAndUnfinishedLoadsCannotBeUndone() {
        assertEquals("error.ledger.undoReplaced",
                assertThrows(RuleViolationException.class, () -> loaded("TRANSACTIONS").undo("it", NOW, false)).messageKey());
        assertEquals("error.ledger.undoMasterData",
                assertThrows(RuleViolationException.class, () -> loaded("MASTER_DATA").undo("it", NOW, true)).messageKey());
        LedgerLoad running = new LedgerLoad("ubw", "fil.csv", "ab", 10, LoadMode.ADD, LoadOrigin.NIGHTLY, "system", 0, NOW);
        assertEquals("error.ledger.undoNotLoaded",
                assertThrows(RuleViolationException.class, () -> running.undo("it", NOW, true)).messageKey());
    }

    @Test
    void aLoadFoundRunningAtStartUpIsAbortedAndSaysWhy() {
        LedgerLoad running = new LedgerLoad("ubw", "fil.csv", "ab", 10, LoadMode.ADD, LoadOrigin.NIGHTLY, "system", 0, NOW);
        running.markAborted(NOW);
        assertEquals(LoadStatus.ABORTED, running.getStatus());
        assertEquals("ledger.message.aborted", running.getMessageKey());
        assertThrows(IllegalStateException.class, () -> running.markAborted(NOW));
    }

    @Test
    void aFileHashedWhileItLoadedGetsItsHashOnceAndAnUploadKeepsItsOwn() {
        LedgerLoad dropped = new LedgerLoad("ubw", "fil.csv", null, 10, LoadMode.ADD, LoadOrigin.NIGHTLY, "system", 0, NOW);
        dropped.recordSha256("cd");
        dropped.recordSha256("ef");
        assertEquals("cd", dropped.getFileSha256());
        LedgerLoad uploaded = new LedgerLoad("ubw", "fil.csv", "ab", 10, LoadMode.ADD, LoadOrigin.UPLOAD, "it", 0, NOW);
        uploaded.recordSha256(null);
        assertEquals("ab", uploaded.getFileSha256());
    }
}
