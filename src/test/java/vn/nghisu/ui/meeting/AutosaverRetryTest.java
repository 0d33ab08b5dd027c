package vn.nghisu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** A batch that fails (a full disk) is not dropped: the store is given its chance to recover and the edit is retried. */
class AutosaverRetryTest {
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void failedEditIsKeptRetriedAndThenAcknowledged() throws Exception {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        AtomicInteger recoveries = new AtomicInteger();
        List<String> stored = new CopyOnWriteArrayList<>();
        List<Autosaver.State> states = new CopyOnWriteArrayList<>();
        Autosaver[] saver = new Autosaver[1];
        WaitForAsyncUtils.asyncFx(() -> {
            saver[0] = new Autosaver(tasks, Duration.millis(50), () -> { }, failure -> {
                recoveries.incrementAndGet();
                return true;
            });
            saver[0].stateProperty().addListener((o, old, now) -> states.add(now));
            saver[0].put("statement-1", () -> {
                if (diskFull.get()) {
                    throw new IllegalStateException("No space left on device");
                }
                stored.add("Ý kiến của đồng chí Bí thư Huyện ủy");
            });
        }).get(5, TimeUnit.SECONDS);

        waitFor(() -> states.contains(Autosaver.State.FAILED));
        assertTrue(stored.isEmpty());
        assertTrue(recoveries.get() >= 1, "the store was asked to recover after the failed batch");
        diskFull.set(false);
        waitFor(() -> states.contains(Autosaver.State.SAVED));
        assertEquals(List.of("Ý kiến của đồng chí Bí thư Huyện ủy"), stored, "the same edit, written once it could be");
    }

    @Test
    void failureTheStoreCannotRecoverFromIsShownNotRetried() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Autosaver.State> states = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Autosaver saver = new Autosaver(tasks, Duration.millis(50), () -> { }, failure -> false);
            saver.stateProperty().addListener((o, old, now) -> states.add(now));
            saver.put("meeting", () -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("someone else saved this meeting meanwhile");
            });
        }).get(5, TimeUnit.SECONDS);

        waitFor(() -> states.contains(Autosaver.State.FAILED));
        Thread.sleep((long) Autosaver.RETRY.toMillis() + 1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, attempts.get(), "a conflict is put to the user, not written again behind their back");
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
