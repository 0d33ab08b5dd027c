package vn.nghisu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class LoggingTest {
    @TempDir
    Path dir;

    @AfterEach
    void detach() {
        var root = ((LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender("data-folder-log");
        root.detachAppender(appender);
        appender.stop();
    }

    @Test
    void uncaughtExceptionGoesToTheLogFileInTheDataFolderAndToTheDialog() throws Exception {
        Path log = Logging.toDataFolder(dir);
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("hỏng giữa chừng");
        }, "nghisu-test-worker");
        worker.setUncaughtExceptionHandler(new UncaughtErrors(shown::add));
        worker.start();
        worker.join();
        assertEquals(1, shown.size());
        assertEquals(dir.resolve("logs").resolve("nghisu.log"), log);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("Uncaught exception in thread nghisu-test-worker") && text.contains("hỏng giữa chừng"), text);
    }
}
