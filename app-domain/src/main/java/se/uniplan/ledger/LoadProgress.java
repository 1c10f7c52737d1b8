package se.uniplan.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the running loads have come, and whether someone has asked one to stop. Kept in memory:
 * a load runs on the server that started it, and a stopped server aborts its loads anyway.
 */
@ApplicationScoped
public class LoadProgress {

    private final Map<Long, Tracker> running = new ConcurrentHashMap<>();

    Tracker start(long loadId) {
        Tracker tracker = new Tracker();
        running.put(loadId, tracker);
        return tracker;
    }

    void end(long loadId) {
        running.remove(loadId);
    }

    /** Lines read so far by a running load, or -1 if it is not running here. */
    public long linesRead(long loadId) {
        Tracker tracker = running.get(loadId);
        return tracker == null ? -1 : tracker.lines;
    }

    /** Asks a running load to stop; it rolls back at its next check. False if it is not running here. */
    boolean cancel(long loadId) {
        Tracker tracker = running.get(loadId);
        if (tracker == null) {
            return false;
        }
        tracker.cancelled = true;
        return true;
    }

    /** One load's counter and stop flag. */
    static final class Tracker {
        private volatile long lines;
        private volatile boolean cancelled;

        /** Records progress; throws if someone has stopped the load. */
        void linesRead(long count) {
            lines = count;
            if (cancelled) {
                throw new LoadCancelledException();
            }
        }
    }
}
