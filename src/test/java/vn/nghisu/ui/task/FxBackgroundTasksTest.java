package vn.nghisu.ui.task;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A pause timer of a closed window that hands in work after shut-down does not throw into whatever runs next. */
class FxBackgroundTasksTest {
    @Test
    void workHandedInAfterShutdownIsDroppedQuietly() {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        tasks.shutdown();
        AtomicBoolean ran = new AtomicBoolean();
        assertDoesNotThrow(() -> tasks.run(() -> {
            ran.set(true);
            return null;
        }, x -> ran.set(true), e -> ran.set(true)));
        assertFalse(ran.get());
    }
}
