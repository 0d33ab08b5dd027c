package vn.nghisu.ui.meeting;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import vn.nghisu.store.ConcurrentEditException;

/**
 * The row versions this editor last read or wrote (the meeting's and each part's), handed to every save so
 * another user's save meanwhile is caught; and the conflicts so caught, waiting one by one for the user's choice.
 */
final class EditorVersions {
    private final AtomicLong meeting = new AtomicLong();
    private final Map<UUID, Long> parts = new ConcurrentHashMap<>();
    /** Filled on the worker (every conflict of a batch, not only its first), drained on the JavaFX thread. */
    private final Queue<ConcurrentEditException> raised = new ConcurrentLinkedQueue<>();
    private final Deque<ConcurrentEditException> waiting = new ArrayDeque<>();

    /** On the worker, when the meeting is (re)loaded: versions read before the rows themselves. */
    void reset(long meetingVersion, Map<UUID, Long> partVersions) {
        meeting.set(meetingVersion);
        parts.clear();
        parts.putAll(partVersions);
    }

    void meeting(long version) {
        meeting.set(version);
    }

    /** A part's version; a part not stored yet has none, and its first save (an insert) passes whatever is given. */
    void part(UUID id, long version) {
        parts.put(id, version);
    }

    /** The write of the meeting row: saves expecting the version known, then remembers the new one. */
    Runnable meetingWrite(LongUnaryOperator save) {
        return () -> meeting.set(noting(() -> save.applyAsLong(meeting.get())));
    }

    /** The write of one part row, likewise. */
    Runnable partWrite(UUID id, LongUnaryOperator save) {
        return () -> parts.put(id, noting(() -> save.applyAsLong(parts.getOrDefault(id, 0L))));
    }

    private long noting(java.util.function.LongSupplier save) {
        try {
            return save.getAsLong();
        } catch (ConcurrentEditException e) {
            raised.add(e);
            throw e;
        }
    }

    /** On the JavaFX thread after a failed batch: its conflicts join the ones waiting for the user. */
    void collect() {
        for (ConcurrentEditException e = raised.poll(); e != null; e = raised.poll()) {
            waiting.add(e);
        }
    }

    ConcurrentEditException next() {
        return waiting.poll();
    }

    /**
     * The user chose for this record: later conflicts of the same record (the user typed on while the first
     * was in flight) are answered with it; the answer is the one that saw the newest stored version, to save over.
     */
    ConcurrentEditException settle(ConcurrentEditException c) {
        ConcurrentEditException newest = c;
        for (var it = waiting.iterator(); it.hasNext(); ) {
            ConcurrentEditException e = it.next();
            if (e.table().equals(c.table()) && e.id().equals(c.id())) {
                newest = e.actual() > newest.actual() ? e : newest;
                it.remove();
            }
        }
        return newest;
    }
}
