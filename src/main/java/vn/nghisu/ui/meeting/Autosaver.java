package vn.nghisu.ui.meeting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
    /** After a failed batch (a full disk, say) its writes are queued again and tried anew this much later. */
    static final Duration RETRY = Duration.seconds(5);
    private final BackgroundTasks tasks;
    private final Runnable durable;
    private final Predicate<RuntimeException> recover;
    private final PauseTransition pause;
    private final PauseTransition retry = new PauseTransition(RETRY);
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
        this(tasks, debounce, durable, failure -> false);
    }

    /**
     * {@code recover} runs on the worker after a batch failed: it makes another try possible (reopens the store
     * after a full disk) and says whether to retry; a conflict or a broken rule is not retried but shown.
     */
    public Autosaver(BackgroundTasks tasks, Duration debounce, Runnable durable, Predicate<RuntimeException> recover) {
        this.tasks = tasks;
        this.durable = durable;
        this.recover = recover;
        this.pause = new PauseTransition(debounce);
        pause.setOnFinished(e -> flush());
        retry.setOnFinished(e -> flush());
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
        Map<String, Runnable> batch = new LinkedHashMap<>(pending);
        pending.clear();
        inFlight++;
        update();
        tasks.run(() -> writeAll(batch.values(), durable, recover), this::saved, e -> failed(batch, e));
    }

    /** Runs on the worker; one failing record does not keep the others of the batch from being written. */
    private static LocalTime writeAll(Iterable<Runnable> batch, Runnable durable, Predicate<RuntimeException> recover) {
        RuntimeException first = null;
        for (Runnable write : batch) {
            try {
                write.run();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        try {
            if (first != null) {
                throw first;
            }
            durable.run();
        } catch (RuntimeException e) {
            throw recover.test(e) ? new RetryLater(e) : e;
        }
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

    /**
     * A retryable batch stays queued (unless edited again meanwhile) and is tried again; the label says why it
     * waits. Any other failure (a conflict with someone else's save) is shown and its edits stay on screen.
     */
    private void failed(Map<String, Runnable> batch, Throwable error) {
        if (!(error instanceof RetryLater later)) {
            failed(error);
            return;
        }
        batch.forEach((key, write) -> {
            if (!invalid.contains(key)) {
                pending.putIfAbsent(key, write);
            }
        });
        failed(later.getCause());
        retry.playFromStart();
    }

    /** Carries a failure the store recovered from, so the batch is queued again. */
    private static final class RetryLater extends RuntimeException {
        RetryLater(RuntimeException cause) {
            super(cause);
        }
    }

    private void failed(Throwable error) {
        inFlight = Math.max(0, inFlight - 1);
        failure.set(error);
        state.set(State.FAILED);
    }

    /** The failure shown was dealt with another way (the user took the other user's version): stop showing it. */
    public void clearFailure() {
        if (state.get() == State.FAILED) {
            state.set(State.IDLE);
            update();
        }
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
