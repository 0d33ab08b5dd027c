package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class FxThreadGuardTest {

    @Test
    void aQueryOnTheFxThreadFailsLoudly(@TempDir Path dir) throws Exception {
        try (FxTestSupport app = new FxTestSupport(dir)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> WaitForAsyncUtils.asyncFx(() -> app.db.repositories().units().findAll()).get());
            Throwable cause = e.getCause();
            boolean named = false;
            while (cause != null) {
                named |= cause instanceof IllegalStateException && cause.getMessage().contains("JavaFX");
                cause = cause.getCause();
            }
            assertTrue(named, "guard should name the JavaFX thread");
        }
    }

    @Test
    void theSameQueryOffTheFxThreadRuns(@TempDir Path dir) throws Exception {
        try (FxTestSupport app = new FxTestSupport(dir)) {
            assertTrue(app.db.repositories().units().findAll().isEmpty());
        }
    }
}
