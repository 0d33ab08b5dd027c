package vn.nghisu.ui.meeting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import vn.nghisu.ui.task.BackgroundTasks;

/**
 * Autosave: each edited record is queued under its key (a later edit of the same record replaces the
 * earlier one), and when the user pauses the queue goes to the single database worker in edit order.
 * "Saved" is shown only when nothing is queued or in flight, so what the screen calls saved is committed.
 */
public final class Autosaver {
    /** What the save-state label shows. */
    public enum State { IDLE, PENDING, SAVING, SAVED, INVALID, FAILED }

    private static final Duration MAX_WAIT = Duration.seconds(3);
    private final BackgroundTasks tasks;
    private final Runnable durable;
    private final PauseTransition pause;
    private final Map<String, Runnable> pending = new LinkedHashMap<>();
    private final Set<String> invalid = new LinkedHashSet<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final ObjectProperty<LocalTime> savedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final List<Consumer<LocalTime>> onSaved = new ArrayList<>();
    private long firstPendingNanos;
    private int inFlight;

    /** {@code durable} runs on the worker after each batch, before the batch is acknowledged as saved. */
    public Autosaver(BackgroundTasks tasks, Duration debounce, Runnable durable) {
        this.tasks = tasks;
        this.durable = durable;
        this.pause = new PauseTransition(debounce);
        pause.setOnFinished(e -> flush());
    }

    /** Queues the write of one record; must be called on the JavaFX thread with an immutable snapshot. */
    public void put(String key, Runnable write) {
        if (pending.isEmpty()) {
            firstPendingNanos = System.nanoTime();
        }
        pending.remove(key);
        pending.put(key, write);
        invalid.remove(key);
        // a user who never pauses still gets saved every few seconds
        if (System.nanoTime() - firstPendingNanos > MAX_WAIT.toMillis() * 1_000_000L) {
            flush();
        } else {
            pause.playFromStart();
        }
        update();
    }

    /** The record under this key has input that breaks a rule: it stays on screen, unsaved, until fixed. */
    public void invalid(String key) {
        pending.remove(key);
        invalid.add(key);
        update();
    }

    /** Forgets a record's invalid state, e.g. when it is deleted. */
    public void forget(String key) {
        pending.remove(key);
        invalid.remove(key);
        update();
    }

    /** Sends whatever is queued now; then, on the JavaFX thread, runs the follow-up (may be null). */
    public void flush(Runnable then) {
        flush();
        if (then != null) {
            tasks.run(() -> null, ignored -> then.run(), this::failed);
        }
    }

    public void flush() {
        pause.stop();
        if (pending.isEmpty()) {
            return;
        }
        List<Runnable> batch = new ArrayList<>(pending.values());
        pending.clear();
        inFlight++;
        update();
        tasks.run(() -> writeAll(batch, durable), this::saved, this::failed);
    }

    /** Runs on the worker; one failing record does not keep the others of the batch from being written. */
    private static LocalTime writeAll(List<Runnable> batch, Runnable durable) {
        RuntimeException first = null;
        for (Runnable write : batch) {
            try {
                write.run();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
        durable.run();
        return LocalTime.now().withNano(0);
    }

    private void saved(LocalTime at) {
        inFlight--;
        if (state.get() == State.FAILED) {
            state.set(State.IDLE);
        }
        savedAt.set(at);
        update();
        if (state.get() == State.SAVED || state.get() == State.INVALID) {
            onSaved.forEach(c -> c.accept(at));
        }
    }

    private void failed(Throwable error) {
        inFlight = Math.max(0, inFlight - 1);
        failure.set(error);
        state.set(State.FAILED);
    }

    private void update() {
        if (!pending.isEmpty()) {
            state.set(State.PENDING);
        } else if (inFlight > 0) {
            state.set(State.SAVING);
        } else if (!invalid.isEmpty()) {
            state.set(State.INVALID);
        } else if (state.get() != State.FAILED) {
            state.set(savedAt.get() == null ? State.IDLE : State.SAVED);
        }
    }

    /** Called after every acknowledged save that left nothing queued. */
    public void onSaved(Consumer<LocalTime> listener) {
        onSaved.add(listener);
    }

    public boolean isIdle() {
        return pending.isEmpty() && inFlight == 0;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<LocalTime> savedAtProperty() {
        return savedAt;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
